import { describe, expect, it } from 'vitest'

import { limitKey, rateLimiter } from './rate-limit'

// In memory (no Redis): what one app server does. tests/int/redis-limits.int.spec.ts holds the same limits on Redis.
describe('rateLimiter in memory', () => {
  it('should allow `limit` attempts in the window and refuse the next', async () => {
    const limiter = rateLimiter({ name: 'spec-allow', limit: 3, windowMs: 60_000, redisUrl: '' })
    const answers = []
    for (let n = 0; n < 4; n++) answers.push(await limiter.allow('198.51.100.1'))
    expect(answers).toEqual([true, true, true, false])
    expect(await limiter.allow('198.51.100.2')).toBe(true)
  })

  it('should say a key is exhausted once it made `limit` attempts, without recording one itself', async () => {
    const limiter = rateLimiter({ name: 'spec-exhausted', limit: 2, windowMs: 60_000, redisUrl: '' })
    expect(await limiter.exhausted('user:1')).toBe(false)
    await limiter.allow('user:1')
    for (let n = 0; n < 5; n++) expect(await limiter.exhausted('user:1')).toBe(false)
    await limiter.allow('user:1')
    expect(await limiter.exhausted('user:1')).toBe(true)
  })

  it('should forget every count on reset, at once', async () => {
    const limiter = rateLimiter({ name: 'spec-reset', limit: 1, windowMs: 60_000, redisUrl: '' })
    await limiter.allow('198.51.100.3')
    expect(await limiter.allow('198.51.100.3')).toBe(false)
    void limiter.reset()
    expect(await limiter.allow('198.51.100.3')).toBe(true)
  })

  it('should count an unknown address against the account it names, never in one bucket for all', () => {
    expect(limitKey('203.0.113.9', 'Editor@Mirsad.test')).toBe('203.0.113.9')
    expect(limitKey(null, ' Editor@Mirsad.test ')).toBe('account:editor@mirsad.test')
    expect(limitKey(null, undefined)).toBe('account:')
  })
})
