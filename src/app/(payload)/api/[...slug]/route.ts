/* Payload's REST API: generated boilerplate, each handler wrapped by one guard (see refuseRestRequest). */
import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { refuseRestRequest } from '@/lib/rest-guard'

type Handler = ReturnType<typeof REST_GET>

const guarded =
  (handler: Handler): Handler =>
  async (request, context) => {
    const contentType = request.headers.get('content-type')
    const body = ['POST', 'PATCH', 'PUT'].includes(request.method) && contentType?.includes('application/json') ? await request.clone().text() : null
    const { pathname, search } = new URL(request.url)
    const refusal = refuseRestRequest({ method: request.method, pathname, search, contentType, body })
    if (refusal) return Response.json({ errors: [{ message: refusal }] }, { status: 400 })
    return handler(request, context)
  }

export const GET = guarded(REST_GET(config))
export const POST = guarded(REST_POST(config))
export const DELETE = guarded(REST_DELETE(config))
export const PATCH = guarded(REST_PATCH(config))
export const PUT = guarded(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
