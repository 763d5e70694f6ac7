import { createLocalReq, initTransaction, killTransaction } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { settleAfterCommitWork } from '@/db/afterCommit'
import { signature } from '@/data/revalidate'
import type { PayloadJob, User } from '@/payload-types'

import { addUser, approveAs, initTestPayload, type TestPayload } from './helpers/payload'
import { startStandIn, type StandIn } from './helpers/stand-ins'

// A change reaches every cache in front (CACHE_PURGE_URL, a list) and every app instance (APP_URLS): what cannot
// be reached when the change is saved is retried from the jobs queue, for the targets that failed only.

let t: TestPayload
let editor: User
let up: StandIn
let down: StandIn
let app: StandIn

/** Approved by the editor, ready to publish; what follows its saves is done. */
async function approvedDraft(title: string, slug: string) {
  const draft = await approveAs(t.payload, editor, { title, slug, generateSlug: false })
  await settleAfterCommitWork()
  return draft
}

const publish = (id: number, req?: Awaited<ReturnType<typeof createLocalReq>>) =>
  t.payload.update({ collection: 'articles', id, data: { _status: 'published' }, user: editor, overrideAccess: false, ...(req ? { req } : {}) })

async function purgeJobs(): Promise<PayloadJob[]> {
  const { docs } = await t.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'purgeCache' } }, sort: 'createdAt', limit: 100, depth: 0 })
  return docs
}

/** A job still in the queue; Payload deletes one once it has succeeded. */
const stillQueued = async (id: number) => (await t.payload.find({ collection: 'payload-jobs', where: { id: { equals: id } }, depth: 0 })).docs[0] ?? null

const runPurgeJobs = () => t.payload.jobs.run({ where: { taskSlug: { equals: 'purgeCache' } } })

const forgetHits = () => [up, down, app].forEach((standIn) => standIn.hits.splice(0))

beforeAll(async () => {
  t = await initTestPayload()
  await addUser(t.payload, 'admin@mirsad.test', 'admin')
  editor = await addUser(t.payload, 'editor@mirsad.test', 'editor')
  ;[up, down, app] = await Promise.all([startStandIn(), startStandIn(), startStandIn()])
  // The cache that is up says what it did not hold as the purge module does: 404.
  up.answer((hit) => (hit.path.includes('/articles/') ? 200 : 404))
  process.env.CACHE_PURGE_URL = `${up.url}, ${down.url}`
  process.env.APP_URLS = app.url
  // As in the jobs worker: no Next request, so the app instances are told through their signed route.
  process.env.MIRSAD_WORKER = '1'
})

afterAll(async () => {
  delete process.env.CACHE_PURGE_URL
  delete process.env.APP_URLS
  delete process.env.MIRSAD_WORKER
  await settleAfterCommitWork()
  await Promise.all([up, down, app].map((standIn) => standIn?.stop()))
  await t?.cleanup()
})

describe('purges with two caches, one of them failing', () => {
  it('should purge the cache that is up once and queue a retry for the failing one only, which succeeds once it is back', async () => {
    const slug = 'خبر-وذاكرة-معطلة'
    const draft = await approvedDraft('خبر وذاكرة معطلة', slug)
    await down.stop()
    forgetHits()
    await publish(draft.id)
    await settleAfterCommitWork()

    // The app instance was told first, with a valid signature; the cache that is up purged each page once.
    const told = JSON.parse(app.hits[0].body) as { paths: string[] }
    expect(app.hits).toHaveLength(1)
    expect(app.hits[0].signature).toBe(signature(told.paths))
    expect(up.purged().filter((path) => path === `/ar/articles/${slug}`)).toHaveLength(1)
    expect(new Set(up.purged()).size).toBe(up.purged().length)

    const [job, ...others] = await purgeJobs()
    expect(others).toHaveLength(0)
    expect(job.input).toMatchObject({ apps: [], caches: [down.url] })
    expect((job.input as { paths: string[] }).paths.map(decodeURI)).toContain(`/ar/articles/${slug}`)

    await down.start()
    await runPurgeJobs()
    expect(await stillQueued(job.id)).toBeNull()
    expect(down.purged()).toContain(`/ar/articles/${slug}`)
    // Only the failed target was retried: the cache that was up and the app heard nothing more.
    expect(up.purged().filter((path) => path === `/ar/articles/${slug}`)).toHaveLength(1)
    expect(app.hits).toHaveLength(1)
  })

  it('should keep a retry queued, with backoff, while the cache is still failing', async () => {
    const draft = await approvedDraft('خبر وذاكرة ترفض', 'خبر-وذاكرة-ترفض')
    down.answer(502)
    await publish(draft.id)
    await settleAfterCommitWork()
    const job = (await purgeJobs()).at(-1)!
    expect(job.completedAt).toBeFalsy()

    await runPurgeJobs()
    const retried = (await stillQueued(job.id))!
    expect(retried.completedAt).toBeFalsy()
    expect(retried.hasError).toBeFalsy()
    expect(retried.totalTried).toBe(1)
    expect(new Date(retried.waitUntil!).getTime()).toBeGreaterThan(Date.now())

    // Its time come, with the cache back: done.
    down.answer(200)
    await t.payload.update({ collection: 'payload-jobs', id: job.id, data: { waitUntil: new Date(Date.now() - 1000).toISOString() } })
    await runPurgeJobs()
    expect(await stillQueued(job.id)).toBeNull()
  })

  it('should answer the save at once while a cache hangs, and queue its retry once the purge times out', async () => {
    const draft = await approvedDraft('خبر وذاكرة معلقة', 'خبر-وذاكرة-معلقة')
    down.answer('hang')
    const before = (await purgeJobs()).length
    const started = performance.now()
    const published = await publish(draft.id)
    const took = performance.now() - started
    expect(published._status).toBe('published')
    console.log(`[purge test] publication saved in ${Math.round(took)} ms while a cache hung`)
    expect(took).toBeLessThan(2000)

    await settleAfterCommitWork()
    const jobs = await purgeJobs()
    expect(jobs).toHaveLength(before + 1)
    expect(jobs.at(-1)!.input).toMatchObject({ caches: [down.url] })
    down.answer(200)
  })

  it('should purge nothing, tell no instance and queue nothing for a publication that rolls back', async () => {
    const draft = await approvedDraft('خبر نشره سيلغى', 'خبر-نشره-سيلغى')
    const before = (await purgeJobs()).length
    forgetHits()
    const req = await createLocalReq({ user: editor }, t.payload)
    await initTransaction(req)
    expect((await publish(draft.id, req))._status).toBe('published')
    await killTransaction(req)
    await settleAfterCommitWork()

    expect([up.hits, down.hits, app.hits].map((hits) => hits.length)).toEqual([0, 0, 0])
    expect(await purgeJobs()).toHaveLength(before)
    expect((await t.payload.findByID({ collection: 'articles', id: draft.id, depth: 0 }))._status).toBe('draft')
  })

  it('should retry an app instance that could not be told, and purge the caches again after it', async () => {
    const slug = 'خبر-ونسخة-غائبة'
    const draft = await approvedDraft('خبر ونسخة غائبة', slug)
    await app.stop()
    forgetHits()
    await publish(draft.id)
    await settleAfterCommitWork()
    const job = (await purgeJobs()).at(-1)!
    expect(job.input).toMatchObject({ apps: [app.url], caches: [up.url, down.url] })

    await app.start()
    forgetHits()
    await runPurgeJobs()
    expect(await stillQueued(job.id)).toBeNull()
    expect(app.hits).toHaveLength(1)
    expect(up.purged()).toContain(`/ar/articles/${slug}`)
    expect(down.purged()).toContain(`/ar/articles/${slug}`)
  })

  it('should tell one instance only when they share a page cache (REDIS_URL), trying the next when one is down', async () => {
    const other = await startStandIn()
    await other.stop()
    process.env.REDIS_URL = 'redis://127.0.0.1:6379'
    process.env.APP_URLS = `${other.url} ${app.url}`
    try {
      const draft = await approvedDraft('خبر وذاكرة مشتركة', 'خبر-وذاكرة-مشتركة')
      const before = (await purgeJobs()).length
      forgetHits()
      await publish(draft.id)
      await settleAfterCommitWork()
      expect(app.hits).toHaveLength(1)
      expect(await purgeJobs()).toHaveLength(before)
    } finally {
      delete process.env.REDIS_URL
      process.env.APP_URLS = app.url
    }
  })
})
