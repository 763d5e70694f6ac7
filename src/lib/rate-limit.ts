/**
 * A sliding-window counter per key (an IP address) kept in this process's memory: enough for one app server;
 * several servers behind a balancer would each count on their own.
 */
export function rateLimiter({ limit, windowMs }: { limit: number; windowMs: number }) {
  const hits = new Map<string, number[]>()
  return {
    /** Records an attempt; false once `key` has made more than `limit` in the window. */
    allow(key: string, now = Date.now()): boolean {
      const recent = (hits.get(key) ?? []).filter((at) => now - at < windowMs)
      recent.push(now)
      hits.set(key, recent)
      if (hits.size > 10_000) for (const [other, times] of hits) if (!times.some((at) => now - at < windowMs)) hits.delete(other)
      return recent.length <= limit
    },
    /** Whether `key` has already made `limit` attempts in the window, without recording one. */
    exhausted(key: string, now = Date.now()): boolean {
      return (hits.get(key) ?? []).filter((at) => now - at < windowMs).length >= limit
    },
    reset: () => hits.clear(),
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
