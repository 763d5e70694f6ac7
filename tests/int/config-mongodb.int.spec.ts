import { describe, expect, it } from 'vitest'

// This file's setup points DATABASE_URI at SQLite; the config is loaded again here with a MongoDB URI.
// No MongoDB server exists on our machines: the config must build without connecting to one.

describe('configuration with a MongoDB DATABASE_URI', () => {
  it('should wire the MongoDB adapter with its own migrations folder and the same collections', async () => {
    process.env.DATABASE_URI = 'mongodb://127.0.0.1:9/mirsad'
    process.env.PAYLOAD_SECRET = 'mongo-config-test-secret'
    const { default: configPromise } = await import('../../payload.config')
    const config = await configPromise
    expect(config.db.name).toBe('mongoose')
    expect(config.db.defaultIDType).toBe('text')
    // Instantiating the adapter reads its options without opening a connection.
    const adapter = config.db.init({ payload: { config, logger: console } as never })
    expect(adapter.migrationDir).toMatch(/migrations\/mongodb$/)
    expect(adapter.name).toBe('mongoose')
    expect(config.collections.map((collection) => collection.slug)).toEqual(
      expect.arrayContaining(['articles', 'sections', 'tags', 'media', 'users']),
    )
    expect(config.localization && config.localization.defaultLocale).toBe('ar')
  })

  it('should refuse to start on MongoDB without a PAYLOAD_SECRET', async () => {
    const { payloadSecret } = await import('@/lib/env')
    expect(() => payloadSecret({ DATABASE_URI: 'mongodb://x/y' } as unknown as NodeJS.ProcessEnv)).toThrow(/PAYLOAD_SECRET/)
    expect(payloadSecret({ DATABASE_URI: 'mongodb://x/y', PAYLOAD_SECRET: 's3cret' } as unknown as NodeJS.ProcessEnv)).toBe('s3cret')
  })
})
