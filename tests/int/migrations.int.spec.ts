import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrations } from '../../migrations'

import { initTestPayload, type TestPayload } from './helpers/payload'

// The schema only reaches a database through migrations/: a collection change without a migration
// would work in no environment. This compares the live schema with the newest migration's snapshot.

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<unknown>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
}

let t: TestPayload

beforeAll(async () => {
  t = await initTestPayload()
})

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
})
