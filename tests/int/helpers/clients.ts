import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { CollectionSlug, Payload, SanitizedConfig, Where } from 'payload'
import { stringify } from 'qs-esm'

import type { User } from '@/payload-types'

// One small interface over the three ways into Payload, so a permission can be asserted on each path.

export type Outcome = { ok: boolean; status: number; doc?: Record<string, unknown> }
export type ArticleWrite = { draft?: boolean; overrideLock?: boolean }

export interface Client {
  createArticle(data: Record<string, unknown>): Promise<Outcome>
  readArticle(id: number, draft: boolean): Promise<Outcome>
  updateArticle(id: number, data: Record<string, unknown>, options?: ArticleWrite): Promise<Outcome>
  deleteArticle(id: number): Promise<Outcome>
  readVersions(id: number): Promise<Outcome>
  createUser(data: Record<string, unknown>): Promise<Outcome>
  updateUser(id: number, data: Record<string, unknown>): Promise<Outcome>
  unlockUser(email: string): Promise<Outcome>
  /** The documents of any collection that `where` finds: ok when there is at least one. */
  findDocs(collection: CollectionSlug, where: Where, fields?: string[]): Promise<Outcome>
  createDoc(collection: CollectionSlug, data: Record<string, unknown>): Promise<Outcome>
  updateDoc(collection: CollectionSlug, id: number, data: Record<string, unknown>): Promise<Outcome>
  deleteDoc(collection: CollectionSlug, id: number): Promise<Outcome>
}

/** Payload's GraphQL names for a collection, derived from its slug as Payload does for ours. */
function graphqlNames(collection: string) {
  const words = collection.split('-').map((word) => word[0].toUpperCase() + word.slice(1))
  const plural = words.join('')
  const singular = [...words.slice(0, -1), words.at(-1)!.replace(/s$/, '')].join('')
  return { singular, plural: singular === plural ? `all${singular}` : plural }
}

/** A JSON value written as a GraphQL literal (input objects have bare keys). */
function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`
  // Payload names a nested field `anchor__quote` where REST says `anchor.quote`.
  if (value && typeof value === 'object') {
    // A polymorphic relationship names its collection with an enum value, written bare.
    const entries = Object.entries(value).map(([key, item]) => `${key.replaceAll('.', '__')}: ${key === 'relationTo' ? String(item) : literal(item)}`)
    return `{ ${entries.join(', ')} }`
  }
  return JSON.stringify(value)
}

const failed = (error: unknown): Outcome => ({ ok: false, status: (error as { status?: number }).status ?? 500 })

export function localClient(payload: Payload, user: User | null): Client {
  const as = { overrideAccess: false, user: user ?? undefined } as const
  const run = async (fn: () => Promise<unknown>): Promise<Outcome> => {
    try {
      const doc = (await fn()) as Record<string, unknown> | null
      return doc ? { ok: true, status: 200, doc } : { ok: false, status: 404 }
    } catch (error) {
      return failed(error)
    }
  }
  return {
    createArticle: (data) => run(() => payload.create({ collection: 'articles', data: data as never, draft: true, ...as })),
    readArticle: (id, draft) => run(() => payload.findByID({ collection: 'articles', id, draft, depth: 0, disableErrors: true, ...as })),
    updateArticle: (id, data, { draft = false, overrideLock } = {}) =>
      run(() => payload.update({ collection: 'articles', id, data: data as never, draft, overrideLock, depth: 0, ...as })),
    deleteArticle: (id) => run(() => payload.delete({ collection: 'articles', id, ...as })),
    readVersions: (id) =>
      run(async () => {
        const result = await payload.findVersions({ collection: 'articles', where: { parent: { equals: id } }, depth: 0, ...as })
        return result.docs.length ? result : null
      }),
    createUser: (data) => run(() => payload.create({ collection: 'users', data: data as never, ...as })),
    updateUser: (id, data) => run(() => payload.update({ collection: 'users', id, data: data as never, ...as })),
    unlockUser: (email) =>
      run(async () => ((await payload.unlock({ collection: 'users', data: { email } as never, overrideAccess: false, req: { user: user ?? undefined } as never })) ? {} : null)),
    findDocs: (collection, where) =>
      run(async () => {
        const result = await payload.find({ collection, where, depth: 0, ...as })
        return result.docs.length ? result : null
      }),
    createDoc: (collection, data) => run(() => payload.create({ collection, data: data as never, ...as })),
    updateDoc: (collection, id, data) => run(() => payload.update({ collection, id, data: data as never, depth: 0, ...as })),
    deleteDoc: (collection, id) => run(() => payload.delete({ collection, id, ...as })),
  }
}

export function restClient(config: Promise<SanitizedConfig>, token: string | null): Client {
  const headers = (json = false): HeadersInit => ({
    ...(token ? { authorization: `JWT ${token}` } : {}),
    ...(json ? { 'content-type': 'application/json' } : {}),
  })
  const call = async (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<Outcome> => {
    const handler = { GET: REST_GET, POST: REST_POST, PATCH: REST_PATCH, DELETE: REST_DELETE }[method](config)
    const response = await handler(
      new Request(`http://localhost/api/${path}`, { method, headers: headers(body !== undefined), body: body === undefined ? undefined : JSON.stringify(body) }),
      { params: Promise.resolve({ slug: path.split('?')[0].split('/') }) },
    )
    const json = (await response.json().catch(() => ({}))) as { doc?: Record<string, unknown>; docs?: unknown[] } & Record<string, unknown>
    const ok = response.ok && !(Array.isArray(json.docs) && json.docs.length === 0)
    return { ok, status: response.status, doc: json.doc ?? json }
  }
  return {
    createArticle: (data) => call('POST', 'articles?draft=true', data),
    readArticle: (id, draft) => call('GET', `articles/${id}?depth=0&draft=${draft}`),
    updateArticle: (id, data, { draft = false, overrideLock = false } = {}) =>
      call('PATCH', `articles/${id}?depth=0&draft=${draft}&overrideLock=${overrideLock}`, data),
    deleteArticle: (id) => call('DELETE', `articles/${id}`),
    readVersions: (id) => call('GET', `articles/versions?where[parent][equals]=${id}&depth=0`),
    createUser: (data) => call('POST', 'users', data),
    updateUser: (id, data) => call('PATCH', `users/${id}`, data),
    unlockUser: (email) => call('POST', 'users/unlock', { email }),
    findDocs: (collection, where) => call('GET', `${collection}?${stringify({ where, depth: 0 })}`),
    createDoc: (collection, data) => call('POST', collection, data),
    updateDoc: (collection, id, data) => call('PATCH', `${collection}/${id}?depth=0`, data),
    deleteDoc: (collection, id) => call('DELETE', `${collection}/${id}`),
  }
}

export function graphqlClient(config: Promise<SanitizedConfig>, token: string | null): Client {
  const call = async (query: string, variables: Record<string, unknown>, field: string): Promise<Outcome> => {
    const response = await GRAPHQL_POST(config)(
      new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      }),
    )
    const json = (await response.json()) as { data?: Record<string, unknown>; errors?: { extensions?: { statusCode?: number } }[] }
    const doc = json.data?.[field] as Record<string, unknown> | null | undefined
    if (json.errors?.length || !doc) return { ok: false, status: json.errors?.[0]?.extensions?.statusCode ?? 404 }
    if (Array.isArray((doc as { docs?: unknown[] }).docs) && !(doc as { docs: unknown[] }).docs.length) return { ok: false, status: 404 }
    return { ok: true, status: 200, doc }
  }
  return {
    createArticle: (data) =>
      call('mutation($data: mutationArticleInput!) { createArticle(data: $data, draft: true) { id title } }', { data }, 'createArticle'),
    readArticle: (id, draft) =>
      call('query($id: Int!, $draft: Boolean) { Article(id: $id, draft: $draft) { id title } }', { id, draft }, 'Article'),
    updateArticle: (id, data, { draft = false } = {}) =>
      call(
        'mutation($id: Int!, $data: mutationArticleUpdateInput!, $draft: Boolean) { updateArticle(id: $id, data: $data, draft: $draft) { id title } }',
        { id, data, draft },
        'updateArticle',
      ),
    deleteArticle: (id) => call('mutation($id: Int!) { deleteArticle(id: $id) { id } }', { id }, 'deleteArticle'),
    readVersions: (id) =>
      call('query($id: JSON) { versionsArticles(where: { parent: { equals: $id } }) { docs { id } } }', { id }, 'versionsArticles'),
    createUser: (data) => call('mutation($data: mutationUserInput!) { createUser(data: $data) { id } }', { data }, 'createUser'),
    updateUser: (id, data) =>
      call('mutation($id: Int!, $data: mutationUserUpdateInput!) { updateUser(id: $id, data: $data) { id role } }', { id, data }, 'updateUser'),
    unlockUser: (email) =>
      call('mutation($email: String!) { unlockUser(email: $email) }', { email }, 'unlockUser').then((outcome) => outcome),
    findDocs: (collection, where, fields = ['id']) => {
      const { plural } = graphqlNames(collection)
      return call(`query { ${plural}(where: ${literal(where)}) { docs { ${fields.join(' ')} } } }`, {}, plural)
    },
    createDoc: (collection, data) => {
      const field = `create${graphqlNames(collection).singular}`
      return call(`mutation { ${field}(data: ${literal(data)}) { id } }`, {}, field)
    },
    updateDoc: (collection, id, data) => {
      const field = `update${graphqlNames(collection).singular}`
      return call(`mutation { ${field}(id: ${id}, data: ${literal(data)}) { id } }`, {}, field)
    },
    deleteDoc: (collection, id) => {
      const field = `delete${graphqlNames(collection).singular}`
      return call(`mutation { ${field}(id: ${id}) { id } }`, {}, field)
    },
  }
}

type RawInit = { headers?: Record<string, string>; body?: unknown }

/** One request through the app's REST route (Payload's handlers behind our guard), answered as the raw Response. */
export async function restRequest(_config: Promise<SanitizedConfig>, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, { headers = {}, body }: RawInit = {}) {
  // Through the app's own route, guard included.
  const handler = (await import('@/app/(payload)/api/[...slug]/route'))[method]
  const raw = typeof body === 'string' ? body : body === undefined ? undefined : JSON.stringify(body)
  return handler(
    new Request(`http://localhost/api/${path}`, { method, headers: { ...(raw !== undefined ? { 'content-type': 'application/json' } : {}), ...headers }, body: raw }),
    { params: Promise.resolve({ slug: path.split('?')[0].split('/') }) },
  )
}

/** One GraphQL request through the app's route (Payload's handler behind our guard). */
export async function graphqlRequest(_config: Promise<SanitizedConfig>, query: string, headers: Record<string, string> = {}) {
  // Through the app's own route, guard included.
  const { POST } = await import('@/app/(payload)/api/graphql/route')
  return POST(new Request('http://localhost/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) }))
}
