import config from '@payload-config'
import { GRAPHQL_POST, REST_GET } from '@payloadcms/next/routes'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getPublishedArticle, listLatestArticles } from '@/data/articles'
import { lexicalFromText } from '@/lib/lexical'
import type { User } from '@/payload-types'

import { addUser, initTestPayload, type TestPayload } from './helpers/payload'
import { scheduledJobsFor, schedulePublication } from './helpers/schedule'

// Everything that is not (yet) for readers, tried through every door an anonymous reader has.

const SECRET = 'سري'
let t: TestPayload
let editor: User
let writer: User
const ids: Record<string, number> = {}

const body = lexicalFromText('نص.') as never
const hourFromNow = () => new Date(Date.now() + 3_600_000)

beforeAll(async () => {
  t = await initTestPayload()
  const account = (email: string, role: User['role']) => addUser(t.payload, email, role)
  await account('admin@mirsad.test', 'admin')
  editor = await account('editor@mirsad.test', 'editor')
  writer = await account('writer@mirsad.test', 'writer')

  const create = (title: string, data: Record<string, unknown> = {}, draft = false) =>
    t.payload.create({ collection: 'articles', data: { title, body, ...data } as never, draft })

  ids.neverPublished = (await create(`${SECRET} مسودة لم تنشر`, { _status: 'draft' }, true)).id
  ids.public = (await create('خبر منشور للعموم', { _status: 'published', stage: 'published' })).id
  ids.edited = (await create('النص المنشور', { _status: 'published', stage: 'published' })).id
  await t.payload.update({ collection: 'articles', id: ids.edited, data: { title: `${SECRET} تعديل لم ينشر` }, draft: true })
  ids.embargoed = (await create(`${SECRET} خبر محظور حتى موعده`, { _status: 'published', stage: 'published', embargoUntil: hourFromNow().toISOString() })).id
  ids.pastEmbargo = (await create('خبر انتهى حظره', { _status: 'published', stage: 'published', embargoUntil: new Date(Date.now() - 60_000).toISOString() })).id
  ids.scheduled = (await create(`${SECRET} خبر مجدول لم يحن موعده`, { _status: 'draft', stage: 'approved' }, true)).id
  await schedulePublication(t.payload, editor, ids.scheduled, hourFromNow())
  const duplicate = await t.payload.duplicate({ collection: 'articles', id: ids.public, user: editor, overrideAccess: false })
  await t.payload.update({ collection: 'articles', id: duplicate.id, data: { title: `${SECRET} نسخة مكررة` }, draft: true })
  ids.duplicate = duplicate.id
})

afterAll(async () => {
  await t?.cleanup()
})

const rest = async (path: string) => {
  const response = await REST_GET(config)(new Request(`http://localhost/api/${path}`), {
    params: Promise.resolve({ slug: path.split('?')[0].split('/') }),
  })
  return { status: response.status, text: await response.text() }
}

const graphql = async (query: string) => {
  const response = await GRAPHQL_POST(config)(
    new Request('http://localhost/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    }),
  )
  return response.text()
}

describe('nothing unpublished reaches an anonymous reader', () => {
  it('should keep the duplicate of a published article a draft', async () => {
    const duplicate = await t.payload.findByID({ collection: 'articles', id: ids.duplicate, draft: false })
    expect(duplicate._status).toBe('draft')
    expect(duplicate.stage).toBe('draft')
  })

  it('should show the public articles, and the published text of one with a newer draft', async () => {
    const { text } = await rest('articles?limit=100&draft=true')
    expect(text).toContain('خبر منشور للعموم')
    expect(text).toContain('النص المنشور')
    expect(text).toContain('خبر انتهى حظره')
  })

  for (const path of ['articles?limit=100', 'articles?limit=100&draft=true', 'articles?where[_status][equals]=draft&draft=true']) {
    it(`should leak nothing through REST ${path}`, async () => {
      const { status, text } = await rest(path)
      expect(status).toBe(200)
      expect(text).not.toContain(SECRET)
    })
  }

  it('should answer 404 for each hidden article by id, even with draft=true', async () => {
    for (const key of ['neverPublished', 'embargoed', 'scheduled', 'duplicate']) {
      const { status, text } = await rest(`articles/${ids[key]}?draft=true`)
      expect(status, key).toBe(404)
      expect(text).not.toContain(SECRET)
    }
    const edited = await rest(`articles/${ids.edited}?draft=true`)
    expect(edited.text).toContain('النص المنشور')
    expect(edited.text).not.toContain(SECRET)
  })

  it('should refuse the versions through REST and GraphQL', async () => {
    const versions = await rest('articles/versions')
    expect(versions.status).toBe(403)
    expect(versions.text).not.toContain(SECRET)
    const text = await graphql('{ versionsArticles { docs { version { title } } } }')
    expect(text).not.toContain(SECRET)
    expect(text).toMatch(/errors/)
  })

  it('should leak nothing through GraphQL lists or single reads with draft: true', async () => {
    expect(await graphql('{ Articles(draft: true, limit: 100) { docs { title } } }')).not.toContain(SECRET)
    for (const key of ['neverPublished', 'embargoed', 'scheduled', 'duplicate', 'edited']) {
      expect(await graphql(`{ Article(id: ${ids[key]}, draft: true) { title } }`), key).not.toContain(SECRET)
    }
  })

  it('should leak nothing into the public pages', async () => {
    const home = await listLatestArticles('ar', 100)
    expect(JSON.stringify(home)).not.toContain(SECRET)
    expect(home.map((article) => article.title)).toContain('خبر انتهى حظره')
    for (const key of ['neverPublished', 'embargoed', 'scheduled', 'duplicate']) {
      const doc = await t.payload.findByID({ collection: 'articles', id: ids[key], draft: true })
      expect(await getPublishedArticle('ar', doc.slug!), key).toBeNull()
    }
  })

  it('should hide internal fields (history, notes, assignees) from readers', async () => {
    await t.payload.update({ collection: 'articles', id: ids.public, data: { factCheckNotes: `${SECRET} ملاحظة` } })
    const { text } = await rest(`articles/${ids.public}`)
    const doc = JSON.parse(text) as Record<string, unknown>
    for (const field of ['factCheckNotes', 'assignees', 'createdBy', 'stage', 'comments', 'transitionNote']) {
      expect(doc, field).not.toHaveProperty(field)
    }
    // Payload leaves an empty list where an unreadable array was: no entry may survive.
    expect(doc.history ?? []).toEqual([])
    expect(text).not.toContain(SECRET)
  })
})

describe('scheduled publishing', () => {
  it('should queue a publication scheduled by an editor and refuse one scheduled by a writer', async () => {
    expect(await scheduledJobsFor(t.payload, ids.scheduled)).toHaveLength(1)
    const refused = await schedulePublication(t.payload, writer, ids.scheduled, hourFromNow())
    expect(refused).toMatchObject({ error: expect.any(String) })
    expect(await scheduledJobsFor(t.payload, ids.scheduled)).toHaveLength(1)
  })

  it('should publish the article when its time comes, as the editor who scheduled it', async () => {
    const [job] = await scheduledJobsFor(t.payload, ids.scheduled)
    await t.payload.update({ collection: 'payload-jobs', id: job.id, data: { waitUntil: new Date(Date.now() - 1000).toISOString() } })
    await t.payload.jobs.run()
    const article = await t.payload.findByID({ collection: 'articles', id: ids.scheduled, draft: false })
    expect(article._status).toBe('published')
    expect(article.stage).toBe('published')
    expect(article.history?.at(-1)).toMatchObject({ to: 'published', by: expect.objectContaining({ id: editor.id }) })
  })

  it('should not publish a scheduled article that was sent back before its time', async () => {
    const id = (await t.payload.create({ collection: 'articles', data: { title: 'مجدول ثم أعيد', body, stage: 'approved' } as never, draft: true })).id
    await schedulePublication(t.payload, editor, id, new Date(Date.now() - 1000))
    await t.payload.update({ collection: 'articles', id, data: { stage: 'inEdit' }, draft: true, user: editor, overrideAccess: false })
    await t.payload.jobs.run()
    expect((await t.payload.findByID({ collection: 'articles', id, draft: false }))._status).toBe('draft')
  })
})
