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
    reset: () => hits.clear(),
  }
}
