import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { createLocalReq, initTransaction, killTransaction } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { settleAfterCommitWork } from '@/db/afterCommit'
import { mailLogFile } from '@/email/logAdapter'
import { lexicalFromText } from '@/lib/lexical'
import type { User } from '@/payload-types'

import { addUser, detectorRan, initTestPayload, type TestPayload } from './helpers/payload'

// Work that follows a save (mail, search index, Next's cache, the nginx purge) runs once the save has committed:
// a save that rolls back sends nothing, and a slow or failing purge neither slows nor fails the save.

let t: TestPayload
let writer: User
let editor: User

/** A stand-in for the reader cache and Next's revalidation route: answers after `delayMs`, and notes what it was asked. */
type Cache = { url: string; hits: { path: string; publishedThen: boolean }[]; close: () => Promise<void> }
let cache: Cache
let delayMs = 0
let failing = false
let watchedSlug = ''

async function startCache(): Promise<Cache> {
  const hits: Cache['hits'] = []
  const server = http.createServer(async (request, response) => {
    // What readers would get at that moment: the purge must come after the save is visible.
    const { docs } = await t.payload.find({ collection: 'articles', where: { slug: { equals: watchedSlug } }, depth: 0, limit: 1 })
    hits.push({ path: decodeURIComponent(request.url ?? ''), publishedThen: docs[0]?._status === 'published' })
    setTimeout(() => {
      response.statusCode = failing ? 500 : 200
      response.end()
    }, delayMs)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}`, hits, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

/** Draft → in edit → approved (a reason given) → published, by the editor, without waiting on what follows. */
async function publishNow(title: string, slug: string) {
  const as = { user: editor, overrideAccess: false } as const
  const draft = await t.payload.create({ collection: 'articles', data: { title, slug, generateSlug: false, body: lexicalFromText('نص الخبر.') } as never, draft: true, ...as })
  await t.payload.update({ collection: 'articles', id: draft.id, data: { stage: 'inEdit' }, draft: true, ...as })
  await detectorRan(t.payload, draft.id)
  await t.payload.update({ collection: 'articles', id: draft.id, data: { stage: 'approved', transitionNote: 'بلا ادعاءات' }, draft: true, ...as })
  return t.payload.update({ collection: 'articles', id: draft.id, data: { _status: 'published' }, ...as })
}

const mails = () => (fs.existsSync(mailLogFile()) ? fs.readFileSync(mailLogFile(), 'utf8').trim().split('\n').filter(Boolean) : [])

beforeAll(async () => {
  t = await initTestPayload()
  await addUser(t.payload, 'admin@mirsad.test', 'admin')
  writer = await addUser(t.payload, 'writer@mirsad.test', 'writer')
  editor = await addUser(t.payload, 'editor@mirsad.test', 'editor')
  cache = await startCache()
  process.env.CACHE_PURGE_URL = cache.url
  // As inside the Next server: the hooks tell the caches (outside a Next request, through /next/revalidate).
  process.env.NEXT_RUNTIME = 'nodejs'
  process.env.PORT = new URL(cache.url).port
})

afterAll(async () => {
  delete process.env.CACHE_PURGE_URL
  delete process.env.NEXT_RUNTIME
  await settleAfterCommitWork()
  await cache?.close()
  await t?.cleanup()
})

describe('work that follows a save', () => {
  it('should send no email, index nothing and purge nothing for a move that rolls back', async () => {
    const article = await t.payload.create({ collection: 'articles', data: { title: 'خبر سيُلغى نقله' }, draft: true, user: writer, overrideAccess: false })
    await settleAfterCommitWork()
    const before = { mails: mails().length, hits: cache.hits.length }

    const req = await createLocalReq({ user: writer }, t.payload)
    await initTransaction(req)
    const moved = await t.payload.update({ collection: 'articles', id: article.id, data: { stage: 'inEdit' }, draft: true, req, user: writer, overrideAccess: false })
    expect(moved.stage).toBe('inEdit')
    await killTransaction(req)
    await settleAfterCommitWork()

    expect(mails()).toHaveLength(before.mails)
    expect(cache.hits).toHaveLength(before.hits)
    expect((await t.payload.findByID({ collection: 'articles', id: article.id, draft: true, depth: 0 })).stage).toBe('draft')

    // The same move, committed: the editors hear of it.
    await t.payload.update({ collection: 'articles', id: article.id, data: { stage: 'inEdit' }, draft: true, user: writer, overrideAccess: false })
    await settleAfterCommitWork()
    expect(mails()).toHaveLength(before.mails + 1)
  })

  it('should publish at once while the caches answer slowly, and purge only once readers can see the article', async () => {
    delayMs = 3000
    watchedSlug = 'خبر-والذاكرة-بطيئة'
    const before = cache.hits.length
    const started = performance.now()
    const published = await publishNow('خبر والذاكرة بطيئة', watchedSlug)
    const took = performance.now() - started
    expect(published._status).toBe('published')
    // Three saves (in edit, approved, published) in far less than one slow answer.
    expect(took).toBeLessThan(delayMs)

    await settleAfterCommitWork()
    const hits = cache.hits.slice(before)
    expect(hits.map((hit) => hit.path)).toEqual(expect.arrayContaining([`/__purge/ar/articles/${watchedSlug}`, '/__purge/ar']))
    expect(hits.every((hit) => hit.publishedThen)).toBe(true)
    const { totalDocs } = await t.payload.count({ collection: 'search-entries', where: { article: { equals: published.id } }, overrideAccess: true })
    expect(totalDocs).toBeGreaterThan(0)
  })

  it('should keep a save that the caches refuse', async () => {
    delayMs = 0
    failing = true
    watchedSlug = 'خبر-والذاكرة-ترفض'
    const published = await publishNow('خبر والذاكرة ترفض', watchedSlug)
    await settleAfterCommitWork()
    expect((await t.payload.findByID({ collection: 'articles', id: published.id, depth: 0 }))._status).toBe('published')
    failing = false
  })
})
