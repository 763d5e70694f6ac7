import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sql } from '@payloadcms/db-sqlite'

import { type Migration, migrateDownOne, migrateUp, rollbackCopyPath } from '@/db/migrate'
import { findSearchMatches } from '@/db/search'
import { parseQuery } from '@/lib/search/query'
import { seed } from '@/seed'

import { migrations } from '../../migrations'

import { contentHashes } from './helpers/content'
import { initTestPayload, type TestPayload } from './helpers/payload'

// The schema only reaches a database through migrations/: a collection change without a migration
// would work in no environment. This compares the live schema with the newest migration's snapshot, and
// takes a seeded database down through every migration and up again without losing a document.

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<unknown>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
}

let t: TestPayload

beforeAll(async () => {
  t = await initTestPayload()
  await seed(t.payload, { log: () => {} })
})

type Raw = { all: <T>(query: ReturnType<typeof sql.raw>) => Promise<T[]>; run: (query: ReturnType<typeof sql.raw>) => Promise<unknown> }
const raw = () => (t.payload.db as unknown as { drizzle: Raw }).drizzle
const rows = async (table: string) => (await raw().all<{ count: number }>(sql.raw(`SELECT count(*) AS count FROM "${table}"`)))[0].count
const tables = async () => (await raw().all<{ name: string }>(sql.raw(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`))).map((row) => row.name)
const brokenReferences = () => raw().all(sql.raw('PRAGMA foreign_key_check'))

afterAll(async () => {
  await t?.cleanup()
})

describe('migrations', () => {
  it('should have a migration for every change to the collections (run `npm run migrate:create -- <name>`)', async () => {
    const dir = path.resolve('migrations')
    const newestSnapshot = fs.readdirSync(dir).filter((file) => file.endsWith('.json')).sort().at(-1)
    expect(newestSnapshot, 'migrations/ holds no schema snapshot').toBeDefined()

    const db = t.payload.db as unknown as { schema: unknown; requireDrizzleKit: () => DrizzleKit }
    const kit = db.requireDrizzleKit()
    const before = JSON.parse(fs.readFileSync(path.join(dir, newestSnapshot!), 'utf8'))
    const after = await kit.generateDrizzleJson(db.schema)
    const pending = await kit.generateMigration(before, after)
    expect(pending, `schema changes with no migration:\n${pending.join('\n')}`).toEqual([])
  })

  it('should list every migration file in migrations/index.ts', () => {
    const files = fs
      .readdirSync(path.resolve('migrations'))
      .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
      .map((file) => file.replace(/\.ts$/, ''))
    expect(migrations.map((migration) => migration.name)).toEqual(files.sort())
  })

  it('should have applied every migration to a fresh database', async () => {
    const { docs } = await t.payload.find({ collection: 'payload-migrations', limit: 100, sort: 'name' })
    expect(docs.map((doc) => doc.name)).toEqual(migrations.map((migration) => migration.name))
  })

  it('should keep every document when the migrations are rolled back one by one and applied again', async () => {
    const before = await contentHashes(t.payload)
    const search = async () =>
      (await findSearchMatches(t.payload, { locale: 'ar', parts: parseQuery('جورا ').parts, now: new Date().toISOString(), limit: 50, offset: 0, order: 'relevance' })).hits.map((entry) => entry.id)
    const found = await search()
    expect(found.length).toBeGreaterThan(0)
    const counts = { articles: await rows('articles'), users: await rows('users'), relations: await rows('articles_rels'), versions: await rows('_articles_v') }
    expect(counts.relations).toBeGreaterThan(0)

    const rolledBack: string[] = []
    for (let step = 1; step < migrations.length; step++) {
      rolledBack.push((await migrateDownOne(t.payload))!)
      // Whatever the older schema still has a table for keeps all its rows, and no reference is left dangling.
      expect({ articles: await rows('articles'), users: await rows('users'), relations: await rows('articles_rels'), versions: await rows('_articles_v') }).toEqual(counts)
      expect(await brokenReferences()).toEqual([])
    }
    expect(rolledBack).toEqual(migrations.slice(1).map((migration) => migration.name).reverse())
    expect(await tables()).not.toContain('places')

    expect(await migrateUp(t.payload)).toEqual(migrations.slice(1).map((migration) => migration.name))
    expect(await contentHashes(t.payload)).toEqual(before)
    expect(await search(), 'the search index was rebuilt').toEqual(found)
    expect(await brokenReferences()).toEqual([])
    expect(fs.existsSync(rollbackCopyPath(t.payload, migrations.at(-1)!.name))).toBe(false)
  })

  it('should keep what was written while migrations were rolled back, and drop restored rows whose parent was deleted', async () => {
    const newest = migrations.at(-1)!.name
    const { docs } = await t.payload.find({ collection: 'articles', where: { _status: { equals: 'published' } }, limit: 2, depth: 0, overrideAccess: true, sort: 'id' })
    const [kept, removed] = docs
    expect(removed).toBeDefined()
    // Back to before the migration that brought places and the search index.
    const placesMigration = migrations.findIndex((migration) => migration.name.endsWith('_reader_site'))
    for (let step = placesMigration; step < migrations.length; step++) await migrateDownOne(t.payload)
    expect(await tables()).not.toContain('places')
    // The older application at work: it edits one article and deletes another (with its relations).
    await raw().run(sql.raw(`UPDATE articles_locales SET title = 'عنوان عُدّل أثناء التراجع' WHERE _parent_id = ${kept.id} AND _locale = 'ar'`))
    await raw().run(sql.raw(`DELETE FROM articles WHERE id = ${removed.id}`))
    await migrateUp(t.payload)

    const [edited] = (await t.payload.find({ collection: 'articles', where: { id: { equals: kept.id } }, locale: 'ar', depth: 0, overrideAccess: true })).docs
    expect(edited.title).toBe('عنوان عُدّل أثناء التراجع')
    expect(edited.places?.length, 'the relation to places came back').toBeGreaterThan(0)
    expect(await t.payload.count({ collection: 'articles', where: { id: { equals: removed.id } }, overrideAccess: true })).toMatchObject({ totalDocs: 0 })
    expect(await t.payload.count({ collection: 'search-entries', where: { article: { equals: removed.id } }, overrideAccess: true })).toMatchObject({ totalDocs: 0 })
    expect(await brokenReferences()).toEqual([])
    expect((await t.payload.find({ collection: 'payload-migrations', limit: 100, sort: 'name' })).docs.map((doc) => doc.name).at(-1)).toBe(newest)
  })

  it('should apply nothing of a migration that fails halfway, and roll back nothing of one whose rollback fails', async () => {
    const before = await contentHashes(t.payload)
    const schema = await tables()
    const failing: Migration = {
      name: '29991231_000000_fails_halfway',
      up: async ({ db }) => {
        await (db as Raw).run(sql.raw('CREATE TABLE half_done (id integer PRIMARY KEY)'))
        await (db as Raw).run(sql.raw(`UPDATE articles_locales SET title = 'نصف ترحيل'`))
        throw new Error('the second half failed')
      },
      down: async ({ db }) => {
        await (db as Raw).run(sql.raw('DROP TABLE places_aliases'))
        throw new Error('the rollback failed')
      },
    }
    await expect(migrateUp(t.payload, () => {}, [...migrations, failing] as Migration[])).rejects.toThrow(/none of it was applied.*second half failed/)
    expect(await tables()).toEqual(schema)
    expect(await contentHashes(t.payload)).toEqual(before)

    // The same migration recorded as applied, then a rollback that fails after its first statement.
    await t.payload.create({ collection: 'payload-migrations', data: { name: failing.name, batch: 99 }, overrideAccess: true })
    await expect(migrateDownOne(t.payload, () => {}, [...migrations, failing] as Migration[])).rejects.toThrow(/nothing changed.*rollback failed/)
    expect(await tables()).toEqual(schema)
    expect(await contentHashes(t.payload)).toEqual(before)
    await t.payload.delete({ collection: 'payload-migrations', where: { name: { equals: failing.name } }, overrideAccess: true })
  })
})
