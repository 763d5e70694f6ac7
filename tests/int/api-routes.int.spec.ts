import { GRAPHQL_POST, REST_GET } from '@payloadcms/next/routes'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalFromText } from '@/lib/lexical'

import { initTestPayload, type TestPayload } from './helpers/payload'

// REST and GraphQL through Payload's own Next route handlers, on the real SQLite file: no server needed.

let t: TestPayload
let restGet: ReturnType<typeof REST_GET>
let graphqlPost: ReturnType<typeof GRAPHQL_POST>

beforeAll(async () => {
  t = await initTestPayload()
  const { default: config } = await import('@payload-config')
  restGet = REST_GET(config)
  graphqlPost = GRAPHQL_POST(config)
  const body = lexicalFromText('نص.') as never
  await t.payload.create({ collection: 'articles', data: { title: 'خبر منشور', body, _status: 'published' } })
  await t.payload.create({ collection: 'articles', data: { title: 'مسودة مخفية', body, _status: 'draft' }, draft: true })
  const edited = await t.payload.create({ collection: 'articles', data: { title: 'نسخة منشورة', body, _status: 'published' } })
  await t.payload.update({ collection: 'articles', id: edited.id, data: { title: 'تعديل غير منشور' }, draft: true })
})

afterAll(async () => {
  await t?.cleanup()
})

const rest = (path: string) =>
  restGet(new Request(`http://localhost/api/${path}`), {
    params: Promise.resolve({ slug: path.split('?')[0].split('/') }),
  })

const graphql = (query: string) =>
  graphqlPost(
    new Request('http://localhost/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    }),
  )

describe('anonymous REST', () => {
  it('should list published articles only, even with ?draft=true', async () => {
    for (const path of ['articles', 'articles?draft=true', 'articles?draft=true&where[_status][equals]=draft']) {
      const response = await rest(path)
      expect(response.status).toBe(200)
      const titles = ((await response.json()) as { docs: { title: string }[] }).docs.map((doc) => doc.title)
      expect(titles).not.toContain('مسودة مخفية')
      expect(titles).not.toContain('تعديل غير منشور')
      if (!path.includes('equals')) expect(titles).toEqual(expect.arrayContaining(['خبر منشور', 'نسخة منشورة']))
    }
  })

  it('should refuse the user list and article versions', async () => {
    expect((await rest('users')).status).toBe(403)
    expect((await rest('articles/versions')).status).toBe(403)
  })
})

describe('anonymous GraphQL', () => {
  it('should list published articles only, even with draft: true', async () => {
    const response = await graphql('{ Articles(draft: true, limit: 50) { docs { title _status } } }')
    const json = (await response.json()) as { data: { Articles: { docs: { title: string; _status: string }[] } } }
    const docs = json.data.Articles.docs
    expect(docs.map((doc) => doc.title).sort()).toEqual(['خبر منشور', 'نسخة منشورة'].sort())
    expect(docs.every((doc) => doc._status === 'published')).toBe(true)
  })

  it('should refuse the user list', async () => {
    const response = await graphql('{ Users { docs { email } } }')
    const json = (await response.json()) as { errors?: { message: string }[]; data?: unknown }
    expect(json.errors?.[0]?.message).toMatch(/لا يسمح لك|not allowed/i)
  })
})
