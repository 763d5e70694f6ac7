import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { Payload, SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createReaderIndexes, dropReaderIndexes, type IndexSpec, READER_INDEXES } from '../../migrations/mongodb/20261203_060000_reader_indexes'

// No MongoDB server runs here: Payload's mongoose models are compiled without a connection, and the indexes they
// declare plus those of migrations/mongodb are checked against what the public pages ask of the database.

type Key = Record<string, 1 | -1>
type Read = { collection: string; what: string; equals: string[]; order?: Key }

const newestFirst: Key = { publishedAt: -1, createdAt: -1 }

// What src/data (and the picture checks of each publication) ask, as equality fields then order (or range).
const READS: Read[] = [
  { collection: 'articles', what: 'home and feeds, newest published (src/data/articles.ts, feeds.ts, seo.ts)', equals: ['_status'], order: newestFirst },
  ...(['section', 'tags', 'places', 'authors'] as const).map((field) => ({
    collection: 'articles',
    what: `listing by ${field} (src/data/articles.ts, terms.ts, revalidate.ts)`,
    equals: [field, '_status'],
    order: newestFirst,
  })),
  { collection: 'articles', what: 'an article by its slug', equals: ['slug'] },
  { collection: 'articles', what: 'an article by a former slug (redirect)', equals: ['previousSlugs.slug'] },
  ...['sections', 'tags', 'places', 'users'].map((collection) => ({ collection, what: `${collection} by slug (src/data/terms.ts)`, equals: ['slug'] })),
  { collection: 'claims', what: "an article's claims (src/data/claims.ts, seo.ts)", equals: ['article'] },
  { collection: 'search-entries', what: 'search: the next embargo to end in a locale (src/db/search.ts)', equals: ['locale'], order: { embargoUntil: 1 } },
  { collection: 'search-entries', what: "reindexing an article's entries", equals: ['article'] },
  { collection: 'media', what: 'the file route: a picture by its file name', equals: ['filename'] },
  { collection: 'articles', what: 'is a picture some published hero (src/collections/Media/visibility)', equals: ['heroImage', '_status'] },
  { collection: 'users', what: 'is a picture a staff photo', equals: ['photo'] },
]

let adapter: MongooseAdapter
let config: SanitizedConfig
let MONGO_TRANSACTIONS: unknown

/** The indexes Payload's models declare (mongoose creates them on connect), by collection slug. */
const payloadIndexes = (slug: string): Key[] => adapter.collections[slug].schema.indexes().map(([key]) => key as Key)

const allIndexes = (slug: string): Key[] => [...payloadIndexes(slug), ...READER_INDEXES.filter((spec) => spec.collection === slug).map((spec) => spec.key)]

/** Whether an index serves a read: the equality fields first (any order), then the order, as written or reversed. */
function serves(key: Key, read: Read): boolean {
  const fields = Object.entries(key)
  const head = fields.slice(0, read.equals.length).map(([field]) => field)
  if (head.length !== read.equals.length || !read.equals.every((field) => head.includes(field))) return false
  const order = Object.entries(read.order ?? {})
  const next = fields.slice(read.equals.length, read.equals.length + order.length)
  if (next.length !== order.length || next.some(([field], i) => field !== order[i][0])) return false
  const sameWay = next.every(([, direction], i) => direction === order[i][1])
  const reversed = next.every(([, direction], i) => direction === -order[i][1])
  return sameWay || reversed
}

beforeAll(async () => {
  process.env.DATABASE_URI = 'mongodb://127.0.0.1:9/mirsad-index-check'
  process.env.PAYLOAD_SECRET = 'mongo-index-test-secret'
  config = await (await import('../../payload.config')).default
  ;({ MONGO_TRANSACTIONS } = await import('@/db'))
  const collections = Object.fromEntries(config.collections.map((collection) => [collection.slug, { config: collection, customIDType: undefined }]))
  adapter = config.db.init({ payload: { config, logger: console, collections, blocks: {} } as never }) as unknown as MongooseAdapter
  // Compiles the models on an unopened connection: nothing is sent anywhere.
  await adapter.init!()
})

describe('MongoDB indexes for readers', () => {
  it('should run transactions with majority reads and writes on the primary', () => {
    expect(adapter.transactionOptions).toEqual(MONGO_TRANSACTIONS)
    expect(MONGO_TRANSACTIONS).toMatchObject({ writeConcern: { w: 'majority' }, readPreference: 'primary' })
  })

  it('should declare well-formed indexes on fields that exist, none repeating one Payload already makes', () => {
    expect(new Set(READER_INDEXES.map((spec) => spec.name)).size).toBe(READER_INDEXES.length)
    for (const spec of READER_INDEXES) {
      expect(adapter.collections[spec.collection], spec.name).toBeDefined()
      expect(spec.name.length).toBeLessThanOrEqual(64)
      for (const [field, direction] of Object.entries(spec.key)) {
        expect(adapter.collections[spec.collection].schema.path(field), `${spec.name}: ${field}`).toBeDefined()
        expect([1, -1]).toContain(direction)
      }
      const existing = payloadIndexes(spec.collection).map((key) => JSON.stringify(key))
      expect(existing, spec.name).not.toContain(JSON.stringify(spec.key))
    }
  })

  it('should serve every read the public pages make with an index', () => {
    const missing = READS.filter((read) => !allIndexes(read.collection).some((key) => serves(key, read))).map((read) => `${read.collection}: ${read.what}`)
    expect(missing).toEqual([])
  })

  it('should index the file name of every picture size the file route looks up', () => {
    const sizes = config.collections.find((collection) => collection.slug === 'media')!.upload.imageSizes ?? []
    expect(sizes.length).toBeGreaterThan(0)
    for (const { name } of sizes) expect(allIndexes('media').some((key) => serves(key, { collection: 'media', what: name, equals: [`sizes.${name}.filename`] })), name).toBe(true)
  })

  it('should declare only indexes some read needs', () => {
    const unused = READER_INDEXES.filter((spec) => !READS.some((read) => read.collection === spec.collection && serves(spec.key, read))).map((spec) => spec.name)
    expect(unused).toEqual([])
  })

  it('should be listed once among the MongoDB migrations, in order', async () => {
    const { migrations } = await import('../../migrations/mongodb')
    const names = migrations.map((migration) => migration.name)
    expect(names).toContain('20261203_060000_reader_indexes')
    expect([...names].sort()).toEqual(names)
    expect(new Set(names).size).toBe(names.length)
  })

  it('should create each index by name, again without harm, and drop only those that exist', async () => {
    const created: string[] = []
    const dropped: string[] = []
    const names = new Map<string, Set<string>>()
    const collection = (slug: string) => ({
      createIndex: async (_key: Key, { name }: { name: string }) => {
        created.push(name)
        names.set(slug, (names.get(slug) ?? new Set()).add(name))
        return name
      },
      indexes: async () => {
        if (!names.has(slug)) throw new Error('ns does not exist')
        return [...names.get(slug)!].map((name) => ({ name }))
      },
      dropIndex: async (name: string) => {
        dropped.push(name)
        names.get(slug)!.delete(name)
      },
    })
    // One stand-in native collection per slug, the way payload.db.collections[slug].collection is.
    const natives = new Map<string, ReturnType<typeof collection>>()
    const native = (slug: string) => natives.get(slug) ?? natives.set(slug, collection(slug)).get(slug)!
    const fake = { db: { collections: new Proxy({}, { get: (_, slug: string) => ({ collection: native(slug) }) }) } } as unknown as Payload
    const spec = (collectionSlug: string, name: string): IndexSpec => ({ collection: collectionSlug as never, name, key: { a: 1 }, serves: '' })
    await createReaderIndexes(fake)
    await createReaderIndexes(fake)
    expect(created).toEqual([...READER_INDEXES, ...READER_INDEXES].map((index) => index.name))
    await dropReaderIndexes(fake)
    expect(dropped).toEqual(READER_INDEXES.map((index) => index.name))
    // A collection MongoDB never created, or an index already gone: nothing to drop, no error.
    await dropReaderIndexes(fake, [spec('never-written', 'x'), READER_INDEXES[0]])
    expect(dropped).toHaveLength(READER_INDEXES.length)
  })
})
