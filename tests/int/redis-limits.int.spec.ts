import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { connectLimitStore, type LimitStore, rateLimiter } from '@/lib/rate-limit'

import { hasRedis, type RedisServer, startRedis } from '../../scripts/redis-server'

// Two app instances behind one balancer, each with its own Redis client, as two `next start` processes have.
describe.runIf(hasRedis())('per-address limits on Redis', () => {
  let redis: RedisServer
  let dir: string
  const stores: LimitStore[] = []

  const ready = async (store: LimitStore) => {
    const deadline = Date.now() + 10_000
    while (!store.isReady && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20))
    expect(store.isReady).toBe(true)
    return store
  }
  const twoInstances = async (name: string, limit: number) => {
    const [a, b] = [connectLimitStore(redis.url), connectLimitStore(redis.url)]
    stores.push(a, b)
    await Promise.all([ready(a), ready(b)])
    return [rateLimiter({ name, limit, windowMs: 60_000, store: a }), rateLimiter({ name, limit, windowMs: 60_000, store: b })]
  }

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mirsad-redis-limits-'))
    redis = await startRedis({ dir })
  })
  afterAll(async () => {
    await Promise.all(stores.map((store) => (store.isOpen ? store.close() : undefined)))
    await redis?.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('should share one count between two instances, so the limit holds across them', async () => {
    const [a, b] = await twoInstances('shared-login', 5)
    const answers = []
    for (let n = 0; n < 3; n++) answers.push(await a.allow('198.51.100.7'))
    for (let n = 0; n < 3; n++) answers.push(await b.allow('198.51.100.7'))
    expect(answers).toEqual([true, true, true, true, true, false])
    expect(await a.allow('198.51.100.7')).toBe(false)
    expect(await b.allow('198.51.100.8')).toBe(true)
  })

  it('should tell either instance a key is exhausted, without recording an attempt', async () => {
    const [a, b] = await twoInstances('shared-current-password', 2)
    await a.allow('user:7')
    for (let n = 0; n < 4; n++) expect(await b.exhausted('user:7')).toBe(false)
    await a.allow('user:7')
    expect(await b.exhausted('user:7')).toBe(true)
  })

  it('should keep each limit apart from the others and forget it on reset', async () => {
    const [login] = await twoInstances('apart-login', 1)
    const [forgot, forgotOnB] = await twoInstances('apart-forgot', 1)
    expect(await login.allow('198.51.100.9')).toBe(true)
    expect(await forgot.allow('198.51.100.9')).toBe(true)
    expect(await forgotOnB.allow('198.51.100.9')).toBe(false)
    await forgot.reset()
    expect(await forgotOnB.allow('198.51.100.9')).toBe(true)
    expect(await login.allow('198.51.100.9')).toBe(false)
  })

  it('should go on limiting, per instance, when Redis stops answering, and lock nobody else out', async () => {
    const [a, b] = await twoInstances('redis-down', 2)
    await redis.stop()
    const started = Date.now()
    expect([await a.allow('198.51.100.10'), await a.allow('198.51.100.10'), await a.allow('198.51.100.10')]).toEqual([true, true, false])
    expect(await a.exhausted('198.51.100.10')).toBe(true)
    // Each instance counts alone meanwhile: looser, never gone.
    expect(await b.allow('198.51.100.10')).toBe(true)
    expect(await a.allow('198.51.100.11')).toBe(true)
    expect(Date.now() - started).toBeLessThan(1000)
    redis = await startRedis({ dir, port: redis.port })
  })
})
