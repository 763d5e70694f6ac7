// Next's page cache on Redis (REDIS_URL): pages, data and tags shared by every app instance, so a revalidation by
// one is seen by all at once. The handler is @fortedigital/nextjs-cache-handler's `redis-strings`.
/* eslint-disable @typescript-eslint/no-require-imports -- Next requires this file as CommonJS, outside the bundle. */
const fs = require('node:fs')
const path = require('node:path')

const { CacheHandler } = require('@fortedigital/nextjs-cache-handler')
const createRedisHandler = require('@fortedigital/nextjs-cache-handler/redis-strings').default
const { createClient } = require('redis')

const { isMissingPage } = require('./missing-page.cjs')
const { onTheSpot } = require('./on-the-spot.cjs')
/* eslint-enable @typescript-eslint/no-require-imports */

// Where, and for which build, read once: the process's environment does not change under it.
const REDIS_URL = process.env.REDIS_URL
const DIST_DIR = path.resolve(process.env.NEXT_DIST_DIR || '.next')
// A cache read waits at most this long: past it the page is rendered afresh rather than the reader kept waiting.
const TIMEOUT_MS = 1000

const where = (url) => {
  try {
    return new URL(url).host
  } catch {
    return 'REDIS_URL'
  }
}

/** This build's id: pages of another build (one sharing the Redis during a deploy) are never read. */
function buildIdOf(distDir) {
  try {
    return fs.readFileSync(path.join(distDir, 'BUILD_ID'), 'utf8').trim() || null
  } catch {
    return null
  }
}

let outage = false
// Revalidations this instance could not tell Redis, told once it answers again (else their pages would outlive the change).
const untold = new Set()
let redisHandler = null

function connect(url) {
  // No offline queue: while Redis is away every command fails at once, and the page is rendered afresh.
  const client = createClient({ url, disableOfflineQueue: true, socket: { connectTimeout: TIMEOUT_MS, reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, 2000) } })
  client.on('error', (error) => {
    if (outage) return
    outage = true
    console.warn(`[page-cache] Redis at ${where(url)} does not answer (${error.message || error.code || error}): pages are rendered afresh, not cached, until it does`)
  })
  client.on('ready', () => {
    if (outage) console.info(`[page-cache] Redis at ${where(url)} answers again: pages are cached and shared`)
    outage = false
    void tellUntold()
  })
  // connect() retries by itself (reconnectStrategy) and reports through 'error'; requests never wait for it.
  client.connect().catch(() => {})
  return client
}

async function tellUntold() {
  for (const tag of [...untold]) {
    try {
      await redisHandler.revalidateTag(tag)
      untold.delete(tag)
    } catch {
      return
    }
  }
}

/** The redis-strings handler, remembering the revalidations Redis did not take. */
function withUntoldRevalidations(handler) {
  return {
    ...handler,
    async revalidateTag(tag) {
      try {
        await handler.revalidateTag(tag)
      } catch (error) {
        untold.add(tag)
        console.warn(`[page-cache] revalidation of ${tag} kept until Redis answers (${error.message || error})`)
        throw error
      }
    },
  }
}

let shared = null

/** This process's client and handler, made once, on first use. */
function setup() {
  if (shared) return shared
  const buildId = buildIdOf(DIST_DIR)
  if (!buildId) {
    console.warn(`[page-cache] no ${path.join(DIST_DIR, 'BUILD_ID')}: pages are not cached (this build cannot be told from another in Redis)`)
    shared = { handlers: [] }
    return shared
  }
  const client = connect(REDIS_URL)
  const spot = onTheSpot(REDIS_URL)
  spot.open()
  client.on('ready', spot.open)
  const keyPrefix = `mirsad:${buildId}:`
  redisHandler = createRedisHandler({ client, keyPrefix, timeoutMs: TIMEOUT_MS })
  // The hash redis-strings checks on every read (its `__revalidated_tags__`): a tag dated there is a miss everywhere.
  shared = { client, spot, revalidatedTags: `${keyPrefix}__revalidated_tags__`, handlers: [withUntoldRevalidations(redisHandler)] }
  return shared
}

// No registerInitialCache: the build prerenders only /_not-found and /_global-error (never stored), and copying the
// build's pages in on every start would overwrite newer ones rendered since from the live database.
CacheHandler.onCreation(() => ({ handlers: setup().handlers }))

// Where a page's lifetime travels with it: an instance that did not render the page has no other way to know it,
// and Next then takes the page for stale after a second and sends it without Cache-Control.
const LIFETIME = 'mirsadCacheControl'

class RedisPageCache extends CacheHandler {
  async get(key, ctx) {
    const entry = await super.get(key, ctx)
    if (!entry?.value || !(LIFETIME in entry.value)) return entry
    const { [LIFETIME]: cacheControl, ...value } = entry.value
    return { ...entry, value, cacheControl }
  }

  async set(key, data, ctx) {
    if (isMissingPage(data)) return
    return super.set(key, data && ctx?.cacheControl ? { ...data, [LIFETIME]: ctx.cacheControl } : data, ctx)
  }

  // Next runs a route handler's revalidations beside its response (Payload's REST saves are route handlers), and
  // redis-strings clears tag by tag, scanning every entry each time: dozens of paths take a while. Dating all the
  // tags first, on the spot and then confirmed, makes every instance's next read miss them; the clearing follows.
  async revalidateTag(tags, durations) {
    const { client, spot, revalidatedTags } = setup()
    const list = typeof tags === 'string' ? [tags] : tags
    if (client && list.length) {
      const dated = Object.fromEntries(list.map((tag) => [tag, Date.now()]))
      spot.send(['HSET', revalidatedTags, ...Object.entries(dated).flat()])
      if (client.isReady) await client.withAbortSignal(AbortSignal.timeout(TIMEOUT_MS)).hSet(revalidatedTags, dated).catch(() => {})
    }
    return super.revalidateTag(tags, durations)
  }
}

module.exports = RedisPageCache
