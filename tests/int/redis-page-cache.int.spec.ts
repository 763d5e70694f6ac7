import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { createClient } from 'redis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '../../scripts/production-server'
import { hasRedis, type RedisServer, startRedis } from '../../scripts/redis-server'

// src/cache/page-cache.cjs as Next uses it (next.config.js `cacheHandler`), with REDIS_URL. Each "instance" loads the
// handler's modules afresh, as a separate `next start` process does: nothing is shared but Redis.

const require = createRequire(import.meta.url)
const HANDLER = path.resolve('src/cache/page-cache.cjs')
type PageCache = {
  get(key: string, ctx: object): Promise<{ value: Record<string, unknown> & { html?: string }; cacheControl?: object } | null>
  set(key: string, data: object, ctx: object): Promise<void>
  revalidateTag(tags: string | string[], durations?: object): Promise<void>
}

/** One app instance's cache: its build (BUILD_ID in its dist folder) and its Redis address. */
function instance({ buildId, redisUrl, root }: { buildId: string; redisUrl: string; root: string }): PageCache {
  const distDir = path.join(root, buildId)
  fs.mkdirSync(path.join(distDir, 'server'), { recursive: true })
  fs.writeFileSync(path.join(distDir, 'BUILD_ID'), buildId)
  for (const key of Object.keys(require.cache)) if (key.includes('/src/cache/') || key.includes('@fortedigital/nextjs-cache-handler')) delete require.cache[key]
  process.env.REDIS_URL = redisUrl
  process.env.NEXT_DIST_DIR = distDir
  const Cache = require(HANDLER)
  return new Cache({ dev: false, serverDistDir: path.join(distDir, 'server'), revalidatedTags: [], _requestHeaders: {} })
}

const ARTICLE = '/ar/articles/qasf'
/** A rendered article as Next hands it to the cache (its tags name the layouts and its own address). */
const page = (html: string, status = 200) => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from(`rsc:${html}`),
  status,
  postponed: undefined,
  segmentData: new Map([['/_tree', Buffer.from('tree')]]),
  headers: { 'x-next-cache-tags': `_N_T_/layout,_N_T_/[locale]/layout,_N_T_/[locale]/articles/[slug]/page,_N_T_${ARTICLE},article:qasf` },
})
const asPage = { kind: 'APP_PAGE', isFallback: false, softTags: [] }
const lifetime = { cacheControl: { revalidate: 60, expire: 31536000 } }

/** A TCP relay to Redis that can be cut and restored, as a network partition between one instance and Redis. */
async function relay(to: number) {
  const port = await freePort()
  const sockets = new Set<net.Socket>()
  let server: net.Server | null = null
  const open = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((inbound) => {
        const outbound = net.connect({ host: '127.0.0.1', port: to })
        for (const socket of [inbound, outbound]) {
          sockets.add(socket)
          socket.on('close', () => sockets.delete(socket))
          socket.on('error', () => socket.destroy())
        }
        inbound.pipe(outbound).pipe(inbound)
      })
      server.listen(port, '127.0.0.1', resolve)
    })
  const cut = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy()
      server!.close(() => resolve())
    })
  await open()
  return { url: `redis://127.0.0.1:${port}`, cut, restore: open }
}

const eventually = async (check: () => Promise<boolean>, seconds = 10) => {
  const deadline = Date.now() + seconds * 1000
  while (Date.now() < deadline) {
    if (await check()) return true
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return false
}

describe.runIf(hasRedis())('the page cache on Redis', () => {
  let redis: RedisServer
  let root: string
  let raw: ReturnType<typeof createClient>
  const saved = { REDIS_URL: process.env.REDIS_URL, NEXT_DIST_DIR: process.env.NEXT_DIST_DIR }
  /** Until this instance's client is connected (it connects in the background; before that every read misses). */
  const connected = (cache: PageCache, key = '/warm-up') =>
    eventually(async () => {
      await cache.set(key, page('warm'), lifetime)
      return (await cache.get(key, asPage)) !== null
    })

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'mirsad-page-cache-'))
    redis = await startRedis({ dir: path.join(root, 'redis') })
    raw = createClient({ url: redis.url })
    await raw.connect()
  })
  afterAll(async () => {
    await raw?.close()
    await redis?.stop()
    for (const [name, value] of Object.entries(saved)) if (value === undefined) delete process.env[name]
    else process.env[name] = value
    fs.rmSync(root, { recursive: true, force: true })
  })

  it('should read through one instance the page another stored, under its build id', async () => {
    const a = instance({ buildId: 'build-one', redisUrl: redis.url, root })
    const b = instance({ buildId: 'build-one', redisUrl: redis.url, root })
    expect(await connected(a)).toBe(true)
    expect(await connected(b)).toBe(true)
    await a.set(ARTICLE, page('<h1>قصف</h1>'), lifetime)
    const read = await b.get(ARTICLE, asPage)
    expect(read?.value.html).toBe('<h1>قصف</h1>')
    expect(Buffer.isBuffer(read?.value.rscData)).toBe(true)
    // Its lifetime too: without it the instance that did not render the page takes it for stale after a second.
    expect(read?.cacheControl).toEqual(lifetime.cacheControl)
    expect(Object.keys(read!.value)).not.toContain('mirsadCacheControl')
    expect(await raw.exists(`mirsad:build-one:${ARTICLE}`)).toBe(1)
  })

  it('should make every instance miss a page once one revalidates its path or its tag', async () => {
    const a = instance({ buildId: 'build-one', redisUrl: redis.url, root })
    const b = instance({ buildId: 'build-one', redisUrl: redis.url, root })
    await Promise.all([connected(a), connected(b)])
    await b.set(ARTICLE, page('<h1>before</h1>'), lifetime)
    expect((await a.get(ARTICLE, asPage))?.value.html).toBe('<h1>before</h1>')
    // revalidatePath(ARTICLE) reaches the handler as its implicit tag.
    await a.revalidateTag([`_N_T_${ARTICLE}`], {})
    expect(await b.get(ARTICLE, asPage)).toBeNull()

    await b.set(ARTICLE, page('<h1>after</h1>'), lifetime)
    expect((await a.get(ARTICLE, asPage))?.value.html).toBe('<h1>after</h1>')
    await b.revalidateTag('article:qasf')
    expect(await a.get(ARTICLE, asPage)).toBeNull()
  })

  it('should date a revalidation in Redis before this process turns its event loop (Next sends the response meanwhile)', async () => {
    const a = instance({ buildId: 'build-one', redisUrl: redis.url, root })
    await connected(a)
    const tag = `_N_T_/ar/articles/corrected-${Date.now()}`
    const revalidating = a.revalidateTag([tag], {})
    // Asked synchronously, from another process, while this one has not yet yielded: node-redis has written nothing.
    const dated = execFileSync('redis-cli', ['-p', String(redis.port), 'HGET', 'mirsad:build-one:__revalidated_tags__', tag], { encoding: 'utf8' }).trim()
    expect(Number(dated)).toBeGreaterThan(Date.now() - 5000)
    await revalidating
  })

  it('should never store a missing page', async () => {
    const a = instance({ buildId: 'build-one', redisUrl: redis.url, root })
    const b = instance({ buildId: 'build-one', redisUrl: redis.url, root })
    await Promise.all([connected(a), connected(b)])
    await a.set('/ar/articles/not-yet', page('<h1>لا شيء هنا</h1>', 404), lifetime)
    expect(await b.get('/ar/articles/not-yet', asPage)).toBeNull()
    expect(await raw.exists('mirsad:build-one:/ar/articles/not-yet')).toBe(0)
  })

  it('should keep two builds sharing one Redis apart', async () => {
    const one = instance({ buildId: 'build-one', redisUrl: redis.url, root })
    const two = instance({ buildId: 'build-two', redisUrl: redis.url, root })
    await Promise.all([connected(one), connected(two)])
    await one.set('/ar', page('<main>build one</main>'), lifetime)
    expect(await two.get('/ar', asPage)).toBeNull()
    await two.set('/ar', page('<main>build two</main>'), lifetime)
    expect((await one.get('/ar', asPage))?.value.html).toBe('<main>build one</main>')
    expect((await two.get('/ar', asPage))?.value.html).toBe('<main>build two</main>')
  })

  it('should miss, without an error and without a stale copy, while Redis does not answer, and tell it the revalidations meanwhile', async () => {
    const link = await relay(redis.port)
    const a = instance({ buildId: 'build-one', redisUrl: link.url, root })
    const b = instance({ buildId: 'build-one', redisUrl: redis.url, root })
    await Promise.all([connected(a), connected(b)])
    await a.set(ARTICLE, page('<h1>before the correction</h1>'), lifetime)
    expect((await a.get(ARTICLE, asPage))?.value.html).toBe('<h1>before the correction</h1>')

    await link.cut()
    const started = Date.now()
    expect(await a.get(ARTICLE, asPage)).toBeNull()
    await expect(a.set(ARTICLE, page('<h1>not stored</h1>'), lifetime)).resolves.toBeUndefined()
    // The correction is published through A while A cannot reach Redis.
    await expect(a.revalidateTag([`_N_T_${ARTICLE}`], {})).resolves.toBeUndefined()
    expect(Date.now() - started).toBeLessThan(2000)
    expect((await b.get(ARTICLE, asPage))?.value.html).toBe('<h1>before the correction</h1>')

    await link.restore()
    // Once A reaches Redis again it tells it the revalidation it missed: no instance serves the old page.
    expect(await eventually(async () => (await b.get(ARTICLE, asPage)) === null)).toBe(true)
    await link.cut()
  })
})
