import { type ChildProcess, spawn } from 'node:child_process'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { settleAfterCommitWork } from '@/db/afterCommit'
import { claimJob } from '@/jobs/runner'
import type { User } from '@/payload-types'

import { addUser, approveAs, initTestPayload, type TestPayload } from './helpers/payload'
import { schedulePublication, scheduledJobsFor } from './helpers/schedule'
import { startStandIn, type StandIn } from './helpers/stand-ins'

// `npm run worker` runs the jobs queue in a process of its own. Started here for real, twice, on this file's
// database, alone and beside Payload's own runner in this process: a scheduled article is published once, at its time.

const POLL_SECONDS = 1

type Worker = { child: ChildProcess; output: () => string; closed: Promise<void>; gone: () => boolean }

let t: TestPayload
let editor: User
let app: StandIn
let cache: StandIn
const workers: Worker[] = []

function startWorker(): Promise<Worker> {
  // Its own process group, so that a signal reaches npm, cross-env and the worker alike.
  const child = spawn('npm', ['run', 'worker'], {
    detached: true,
    env: { ...process.env, JOBS_POLL_SECONDS: String(POLL_SECONDS) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  // Once every process of the group has let go of the output: the worker itself has exited, not only npm.
  let gone = false
  const closed = new Promise<void>((resolve) =>
    child.on('close', () => {
      gone = true
      resolve()
    }),
  )
  const worker = { child, output: () => output, closed, gone: () => gone }
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the worker did not start:\n${output}`)), 90_000)
    const ready = () => {
      if (!output.includes('[worker] running the jobs queue')) return
      clearTimeout(timer)
      child.stdout!.off('data', ready)
      resolve(worker)
    }
    child.stdout!.on('data', ready)
    child.on('exit', () => reject(new Error(`the worker exited:\n${output}`)))
  })
}

const signal = (worker: Worker, name: NodeJS.Signals) => process.kill(-worker.child.pid!, name)

async function until<T>(check: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const value = await check()
    if (value !== undefined) return value
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`not within ${timeoutMs} ms`)
}

beforeAll(async () => {
  t = await initTestPayload()
  await addUser(t.payload, 'admin@mirsad.test', 'admin')
  editor = await addUser(t.payload, 'editor@mirsad.test', 'editor')
  ;[app, cache] = await Promise.all([startStandIn(), startStandIn()])
  // For the workers, and for Payload's runner in this process when it wins a job.
  process.env.APP_URLS = app.url
  process.env.CACHE_PURGE_URL = cache.url
  workers.push(...(await Promise.all([startWorker(), startWorker()])))
}, 180_000)

afterAll(async () => {
  for (const worker of workers) if (!worker.gone()) signal(worker, 'SIGKILL')
  for (const name of ['MIRSAD_WORKER', 'APP_URLS', 'CACHE_PURGE_URL']) delete process.env[name]
  await settleAfterCommitWork()
  await Promise.all([app, cache].map((standIn) => standIn?.stop()))
  await t?.cleanup()
})

/**
 * Schedules the articles' publication 4 s ahead, waits until each is out and three more polls of every runner,
 * and checks that each was published once, on time, through the workflow, its pages told and purged once.
 * With `race`, Payload's own runner in this process polls every 100 ms beside the workers.
 */
async function publishOnSchedule(slugs: string[], { race = false } = {}) {
  const articles = await Promise.all(slugs.map((slug) => approveAs(t.payload, editor, { title: slug.replaceAll('-', ' '), slug, generateSlug: false })))
  await settleAfterCommitWork()
  const at = new Date(Date.now() + 4000)
  for (const article of articles) await schedulePublication(t.payload, editor, article.id, at)
  const ranBefore = workerRuns()

  let racing = race
  const racer = (async () => {
    while (racing) {
      await t.payload.jobs.run({ silent: true }).catch(() => undefined)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  })()
  const publishedAt = await Promise.all(
    articles.map((article) =>
      until(async () => {
        const live = await t.payload.findByID({ collection: 'articles', id: article.id, draft: false, depth: 0 })
        return live._status === 'published' ? Date.now() : undefined
      }, 20_000),
    ),
  )
  // Three more polls of every runner, for a second publication to show if there were to be one.
  await new Promise((resolve) => setTimeout(resolve, 3 * POLL_SECONDS * 1000))
  racing = false
  await racer
  await settleAfterCommitWork()

  const delays = publishedAt.map((time) => time - at.getTime())
  // Never early; the first within one poll and a publication (≈ 250 ms here), the others right after it.
  expect(Math.min(...delays)).toBeGreaterThanOrEqual(0)
  expect(Math.min(...delays)).toBeLessThan(POLL_SECONDS * 1000 + 1000)
  expect(Math.max(...delays)).toBeLessThan(POLL_SECONDS * 1000 + 1000 * articles.length)
  for (const [index, article] of articles.entries()) {
    const live = await t.payload.findByID({ collection: 'articles', id: article.id, draft: false, depth: 0 })
    expect(live.stage).toBe('published')
    // The workflow gate ran: the publication is recorded, as the editor who scheduled it, once.
    expect(live.history?.filter((entry) => entry.to === 'published')).toHaveLength(1)
    expect(live.history?.at(-1)).toMatchObject({ to: 'published', by: editor.id })
    const { totalDocs } = await t.payload.countVersions({ collection: 'articles', where: { and: [{ parent: { equals: article.id } }, { 'version._status': { equals: 'published' } }] } })
    expect(totalDocs).toBe(1)
    expect(await scheduledJobsFor(t.payload, article.id)).toHaveLength(0)
    // Its page was revalidated on the app instance and purged from the cache, once.
    const page = `/ar/articles/${slugs[index]}`
    expect(cache.purged().filter((path) => path === page)).toHaveLength(1)
    const told = app.hits.flatMap((hit) => (JSON.parse(hit.body) as { paths: string[] }).paths.map((path) => decodeURI(path)))
    expect(told).toContain(page)
  }
  const byWorkers = workerRuns().map((count, index) => count - ranBefore[index])
  return { delays, byWorkers }
}

const workerRuns = () => workers.map((worker) => worker.output().match(/schedulePublish: success/g)?.length ?? 0)

describe('the jobs worker', () => {
  it('should publish each scheduled article once, at its time, with two workers polling', async () => {
    const { delays, byWorkers } = await publishOnSchedule(['مجدول-أول', 'مجدول-ثان', 'مجدول-ثالث'])
    console.log(`[worker test] two workers: published ${delays.join(', ')} ms after its time; publications run by each worker: ${byWorkers.join(', ')}`)
    expect(byWorkers.reduce((sum, count) => sum + count, 0)).toBe(3)
  })

  it('should still publish each once with Payload’s runner racing the two workers', async () => {
    // Payload's runner in this process tells the caches as the worker does when it wins a job.
    process.env.MIRSAD_WORKER = '1'
    const { delays, byWorkers } = await publishOnSchedule(['مسابق-أول', 'مسابق-ثان', 'مسابق-ثالث'], { race: true })
    console.log(`[worker test] with Payload's runner: published ${delays.join(', ')} ms after its time; run by the workers: ${byWorkers.join(', ')}, the rest by Payload's runner`)
    delete process.env.MIRSAD_WORKER
  })

  it('should let exactly one of several runners claim a job', async () => {
    const job = await t.payload.jobs.queue({ task: 'sweepEmptyDrafts', input: {}, waitUntil: new Date(Date.now() + 3_600_000) })
    // Not due yet: nobody may take it.
    expect(await claimJob(t.payload, job.id)).toBe(false)
    await t.payload.update({ collection: 'payload-jobs', id: job.id, data: { waitUntil: new Date(Date.now() - 1000).toISOString() } })
    const claims = await Promise.all(Array.from({ length: 8 }, () => claimJob(t.payload, job.id)))
    expect(claims.filter(Boolean)).toHaveLength(1)
    // Claimed, it is out of reach of Payload's runner too.
    const { jobStatus } = await t.payload.jobs.run({ silent: true })
    expect(jobStatus?.[job.id]).toBeUndefined()
    await t.payload.delete({ collection: 'payload-jobs', id: job.id })
  })

  it('should refuse to run the queue over the API on an app instance that leaves it to the worker', async () => {
    const run = t.payload.config.jobs.access!.run!
    const req = { user: { ...editor, collection: 'users' } } as never
    expect(await run({ req })).toBe(true)
    process.env.MIRSAD_RUN_JOBS = '0'
    expect(await run({ req })).toBe(false)
    delete process.env.MIRSAD_RUN_JOBS
  })

  it('should stop on SIGTERM only once the job in hand is done, leaving it retryable, not claimed', async () => {
    const hanging = await startStandIn()
    hanging.answer('hang')
    const job = await t.payload.jobs.queue({ task: 'purgeCache', input: { paths: ['/ar'], apps: [], caches: [hanging.url] } })
    // A worker has the job in hand: its purge waits for a cache that never answers (5 s timeout).
    await until(async () => (hanging.hits.length ? true : undefined), 10_000)
    const signalled = Date.now()
    for (const worker of workers) signal(worker, 'SIGTERM')
    await Promise.all(workers.map((worker) => worker.closed))
    await hanging.stop()

    expect(Date.now() - signalled).toBeGreaterThan(3000)
    // The signal came while the job ran; the worker finished it, then stopped.
    const ran = workers.find((worker) => worker.output().includes(`job ${job.id} purgeCache:`))!
    expect(ran.output()).toMatch(new RegExp(`SIGTERM: stopping after the job in hand[\\s\\S]*job ${job.id} purgeCache: error[\\s\\S]*\\[worker\\] stopped`))
    for (const worker of workers) expect(worker.output()).toContain('[worker] stopped')
    const left = await t.payload.findByID({ collection: 'payload-jobs', id: job.id, depth: 0 })
    expect(left).toMatchObject({ processing: false, totalTried: 1, hasError: false })
    await t.payload.delete({ collection: 'payload-jobs', id: job.id })
  })
})
