import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible'
import { createClient } from 'redis'

/** The node-redis client a limit counts through. */
export type LimitStore = ReturnType<typeof createClient>

export type RateLimiter = {
  /** Records an attempt; false once `key` has made more than `limit` in the window. */
  allow(key: string): Promise<boolean>
  /** Whether `key` has already made `limit` attempts in the window, without recording one. */
  exhausted(key: string): Promise<boolean>
  /** Forgets every count of this limit (tests). */
  reset(): Promise<void>
}

const STORES = Symbol.for('mirsad.rateLimitStores')
type WithStores = typeof globalThis & { [STORES]?: Map<string, LimitStore> }

/**
 * One client per Redis address in this process (Next may load this module in several chunks). No offline queue:
 * while Redis is away a command fails at once and the limit counts in memory (see rateLimiter) instead of
 * holding the sign-in until Redis returns.
 */
export function limitStore(url: string): LimitStore {
  const global = globalThis as WithStores
  const stores = (global[STORES] ??= new Map())
  const known = stores.get(url)
  if (known) return known
  const store = connectLimitStore(url)
  stores.set(url, store)
  return store
}

/**
 * Settles when a client's first connection is up or has failed (at most a second): the first attempt on an
 * instance waits for it, or it would be counted in that instance's memory only, one uncounted attempt per instance.
 * An outage later on never waits: the memory limiter takes over at once.
 */
const firstContact = new WeakMap<LimitStore, Promise<void>>()

/** A new client for the limits, connecting in the background and saying once per outage that Redis is away. */
export function connectLimitStore(url: string): LimitStore {
  const client = createClient({ url, disableOfflineQueue: true, socket: { connectTimeout: 1000, reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, 2000) } })
  firstContact.set(
    client,
    new Promise<void>((resolve) => {
      client.once('ready', () => resolve())
      client.once('error', () => resolve())
      setTimeout(resolve, 1000).unref()
    }),
  )
  let away = false
  client.on('error', (error: Error) => {
    if (away) return
    away = true
    console.warn(`[limits] Redis does not answer (${error.message}): each app instance counts sign-in attempts on its own until it does`)
  })
  client.on('ready', () => {
    if (away) console.info('[limits] Redis answers again: sign-in attempts are counted across instances')
    away = false
  })
  // Never what keeps a process running: the server's own socket does that.
  client.unref()
  client.connect().catch(() => {})
  return client
}

type Options = {
  /** Names the count in Redis, apart from the other limits. */
  name: string
  limit: number
  windowMs: number
  /** Where the instances share their counts; none: this process alone. */
  redisUrl?: string
  /** A client of its own instead of the process's shared one (tests standing for a second instance). */
  store?: LimitStore
}

/**
 * A count per key (an IP address, an account) over a window, on Redis when there is one so that every app instance
 * behind the balancer counts the same attempts, else in this process's memory. Past the limit a key is refused for a
 * whole window from its first refusal. When Redis does not answer, each instance counts in its own memory
 * (rate-limiter-flexible's insurance limiter): the limit never silently vanishes, at worst it is as many times
 * looser as there are instances, and nobody is locked out because the shared store is away.
 */
export function rateLimiter({ name, limit, windowMs, redisUrl = process.env.REDIS_URL, store }: Options): RateLimiter {
  const duration = Math.max(1, Math.ceil(windowMs / 1000))
  const keyPrefix = `mirsad:limit:${name}`
  // Refused attempts keep counting, and the first refusal blocks for a whole window: hammering buys nothing.
  const shape = { points: limit, duration, blockDuration: duration, keyPrefix }
  let memory = new RateLimiterMemory(shape)
  // Connected on first use, not at import: scripts and `next build` load the hooks and never sign anyone in.
  let limiter: RateLimiterMemory | RateLimiterRedis | null = null
  const client = () => store ?? (redisUrl ? limitStore(redisUrl) : null)
  const current = () => {
    const shared = client()
    limiter ??= shared ? new RateLimiterRedis({ ...shape, storeClient: shared, useRedisPackage: true, rejectIfRedisNotReady: true, insuranceLimiter: memory }) : memory
    return limiter
  }

  return {
    async allow(key) {
      const shared = client()
      if (shared) await firstContact.get(shared)
      try {
        await current().consume(key)
        return true
      } catch (refused) {
        if (refused instanceof RateLimiterRes) return false
        throw refused
      }
    },
    async exhausted(key) {
      const counted = await current().get(key)
      return counted !== null && counted.consumedPoints >= limit
    },
    async reset() {
      // The memory counts are forgotten at once, before the first await: callers that do not wait see them gone.
      memory = new RateLimiterMemory(shape)
      limiter = null
      const shared = client()
      if (!shared?.isReady) return
      for await (const keys of shared.scanIterator({ MATCH: `${keyPrefix}:*`, COUNT: 500 })) if (keys.length) await shared.unlink(keys)
    },
  }
}

/**
 * The key a per-address limit counts under: the client's address (see clientAddress), else the account being
 * tried. The address is unknown only for our own code and for a request received before the server stamped its
 * sockets. Such a request is never keyed by a header it wrote (that would be one header to step around the
 * limit) and never pooled with all the others (one person could then lock everyone out): it counts against the
 * account it names, which still bounds guessing at that account.
 */
export function limitKey(address: string | null, account: unknown): string {
  if (address) return address
  return `account:${typeof account === 'string' ? account.trim().toLowerCase() : ''}`
}
