/* Payload's REST API: generated boilerplate, each handler wrapped by one guard (see refuseRestRequest). */
import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { getPayload } from 'payload'
import * as qs from 'qs-esm'

import { readerOf } from '@/collections/Users/readerOf'
import { refuseOversizedRead, refuseRestRequest, type SizeQuery } from '@/lib/rest-guard'

type Handler = ReturnType<typeof REST_GET>

const guarded =
  (handler: Handler): Handler =>
  async (request, context) => {
    const contentType = request.headers.get('content-type')
    const body = ['POST', 'PATCH', 'PUT'].includes(request.method) && contentType?.includes('application/json') ? await request.clone().text() : null
    const { pathname, search } = new URL(request.url)
    const refusal = refuseRestRequest({ method: request.method, pathname, search, contentType, body }) ?? (await refuseOversized(request, search, contentType))
    if (refusal) return Response.json({ errors: [{ message: refusal }] }, { status: 400 })
    return handler(request, context)
  }

/** A list or depth bigger than the sender may have (see refuseOversizedRead); who sends it is asked only then. */
async function refuseOversized(request: Request, search: string, contentType: string | null) {
  // The admin's relationship fields read with POST and the query in the body (Payload's method override).
  const override = request.method === 'POST' && [request.headers.get('x-payload-http-method-override'), request.headers.get('x-http-method-override')].includes('GET')
  const read = request.method === 'GET' || override
  const extra = override && contentType === 'application/x-www-form-urlencoded' ? await request.clone().text() : ''
  // Parsed as Payload parses it (createPayloadRequest), so both read the same numbers.
  const query = qs.parse([search.replace(/^\?/, ''), extra].filter(Boolean).join('&'), { allowEmptyArrays: true, arrayLimit: 1000, depth: 10 }) as SizeQuery
  if (!refuseOversizedRead(query, 'anonymous', { read })) return null
  return refuseOversizedRead(query, await readerOf(() => getPayload({ config }), request.headers), { read })
}

export const GET = guarded(REST_GET(config))
export const POST = guarded(REST_POST(config))
export const DELETE = guarded(REST_DELETE(config))
export const PATCH = guarded(REST_PATCH(config))
export const PUT = guarded(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
