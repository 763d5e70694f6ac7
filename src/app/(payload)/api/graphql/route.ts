/* Payload's GraphQL API: generated boilerplate, wrapped by one guard (see refuseGraphQLQuery). */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { getPayload } from 'payload'

import { readerOf } from '@/collections/Users/readerOf'
import { refuseGraphQLQuery, refuseOversizedQuery } from '@/lib/graphql-guard'

const payloadGraphQL = GRAPHQL_POST(config)

export async function POST(request: Request) {
  const body = (await request
    .clone()
    .json()
    .catch(() => undefined)) as { query?: unknown; variables?: unknown } | null | undefined
  if (body === undefined || body === null || typeof body !== 'object') {
    return Response.json({ errors: [{ message: 'المتن ليس كائن JSON صالحًا / The body is not a valid JSON object' }] }, { status: 400 })
  }
  // Who asks is looked up only for a query bigger than an anonymous reader may send.
  const refusal =
    refuseGraphQLQuery(body.query) ??
    (refuseOversizedQuery(body.query, body.variables, 'anonymous') && refuseOversizedQuery(body.query, body.variables, await readerOf(() => getPayload({ config }), request.headers)))
  if (refusal) return Response.json({ errors: [{ message: refusal }] }, { status: 400 })
  return payloadGraphQL(request)
}

export const OPTIONS = REST_OPTIONS(config)
