import fs from 'node:fs'
import path from 'node:path'
import { randomUUID } from 'node:crypto'

import { sql } from '@payloadcms/db-sqlite'
import { createLocalReq, type Payload } from 'payload'

import { migrations as sqliteMigrations } from '../../migrations'
import { migrations as mongoMigrations } from '../../migrations/mongodb'

import { chooseDatabase } from '.'
import { assertNoBrokenReferences, derivedTables, rawSqlite as sqlite, type RawSqlite as SqliteDB, rebuildFullTextIndexes, sqlString as literal, withWriteLock } from './sqlite'

// Migrations up and down without losing a document.
//
// On SQLite each migration runs in one transaction with foreign keys off (SQLite ignores that pragma inside a
// transaction, and a table rebuilt with them on deletes every row that points at it), is checked for broken
// references before it commits, and rolls back whole on any error. Going down keeps a copy of the database
// as it was; coming up again puts back, from that copy, what the migration's tables and columns held.
// MongoDB has no schema to migrate: its data migrations run through Payload's own runner.

export type Migration = { name: string; up: MigrationStep; down: MigrationStep }
type MigrationStep = (args: { db: unknown; payload: Payload; req: Awaited<ReturnType<typeof createLocalReq>> }) => Promise<void>

type Schema = Map<string, string[]>

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`

export function migrationList(): Migration[] {
  return (chooseDatabase(process.env.DATABASE_URI).kind === 'sqlite' ? sqliteMigrations : mongoMigrations) as Migration[]
}

/** Where a rolled-back migration's copy of the database waits for the migration to come back. */
export function rollbackCopyPath(payload: Payload, name: string): string {
  const choice = chooseDatabase(process.env.DATABASE_URI)
  if (choice.kind !== 'sqlite') throw new Error('rollback copies exist for SQLite only')
  return path.join(path.dirname(choice.filePath), 'migration-rollbacks', `${name}.db`)
}

async function applied(payload: Payload): Promise<{ name: string; batch: number; id: number | string }[]> {
  const { docs } = await payload.find({ collection: 'payload-migrations', limit: 0, pagination: false, depth: 0, sort: '-name', overrideAccess: true })
  return docs.filter((doc) => doc.name && (doc.batch ?? 0) >= 0).map((doc) => ({ name: doc.name!, batch: doc.batch ?? 0, id: doc.id }))
}

async function migrationsTableExists(payload: Payload): Promise<boolean> {
  if (payload.db.name !== 'sqlite') return true
  const rows = await sqlite(payload).all<{ name: string }>(sql.raw(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'payload_migrations'`))
  return rows.length > 0
}

/** The content tables and their columns (full-text indexes left out: they are rebuilt, not copied). */
async function schemaOf(db: SqliteDB, database = 'main'): Promise<Schema> {
  const tables = await db.all<{ name: string }>(sql.raw(`SELECT name FROM ${database}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`))
  const derived = (await derivedTables(db, database)).all
  const schema: Schema = new Map()
  for (const { name } of tables) {
    if (derived.has(name)) continue
    const columns = await db.all<{ name: string }>(sql.raw(`SELECT name FROM pragma_table_info(${literal(name)}, ${literal(database)})`))
    schema.set(name, columns.map((column) => column.name))
  }
  return schema
}

/**
 * Runs `step` in one SQLite transaction with foreign keys off, as one Payload request whose local-API calls
 * join that transaction; nothing is kept unless every reference is still whole at the end.
 */
async function inMigrationTransaction(payload: Payload, step: (req: Awaited<ReturnType<typeof createLocalReq>>, db: SqliteDB) => Promise<void>) {
  const db = sqlite(payload)
  const adapter = payload.db as unknown as { sessions: Record<string, { db: unknown; resolve: () => Promise<void>; reject: () => Promise<void> }> }
  const req = await createLocalReq({}, payload)
  const id = randomUUID()
  await db.run(sql.raw('PRAGMA foreign_keys = OFF'))
  await db.run(sql.raw('BEGIN IMMEDIATE'))
  adapter.sessions[id] = { db, resolve: async () => {}, reject: async () => {} }
  req.transactionID = id
  try {
    await step(req, db)
    await assertNoBrokenReferences(db)
    await db.run(sql.raw('COMMIT'))
  } catch (error) {
    await db.run(sql.raw('ROLLBACK'))
    throw error
  } finally {
    delete adapter.sessions[id]
    await db.run(sql.raw('PRAGMA foreign_keys = ON'))
  }
}

/**
 * What a migration added and its rollback copy still holds: its new tables' rows, and its new columns' values
 * in rows that still exist. Rows whose parent was deleted meanwhile are left out.
 */
async function restoreFromRollbackCopy(db: SqliteDB, before: Schema) {
  const after = await schemaOf(db)
  const kept = await schemaOf(db, 'rollback')
  const restored: string[] = []
  for (const [table, columns] of after) {
    const saved = kept.get(table)
    if (!saved || table === 'payload_migrations') continue
    const old = before.get(table)
    const shared = columns.filter((column) => saved.includes(column))
    if (!old) {
      if (!shared.length) continue
      const list = shared.map(ident).join(', ')
      await db.run(sql.raw(`INSERT OR REPLACE INTO main.${ident(table)} (${list}) SELECT ${list} FROM rollback.${ident(table)}`))
      restored.push(table)
      continue
    }
    const added = shared.filter((column) => !old.includes(column))
    if (!added.length || !columns.includes('id')) continue
    const list = added.map(ident).join(', ')
    await db.run(
      sql.raw(
        `UPDATE main.${ident(table)} SET (${list}) = (SELECT ${list} FROM rollback.${ident(table)} AS kept WHERE kept.id = main.${ident(table)}.id) ` +
          `WHERE id IN (SELECT id FROM rollback.${ident(table)})`,
      ),
    )
    restored.push(table)
  }
  // A restored row whose parent is gone (deleted while the migration was rolled back) goes too.
  for (let pass = 0; pass < 5; pass++) {
    const orphans = (await db.all<{ table: string; rowid: number }>(sql.raw('PRAGMA foreign_key_check'))).filter((row) => restored.includes(row.table))
    if (!orphans.length) break
    for (const { table, rowid } of orphans) await db.run(sql.raw(`DELETE FROM main.${ident(table)} WHERE rowid = ${Number(rowid)}`))
  }
  await rebuildFullTextIndexes(db)
}

export type MigrationLog = (line: string) => void

/** Applies every pending migration (one batch); returns their names. */
export async function migrateUp(payload: Payload, log: MigrationLog = () => {}, list: Migration[] = migrationList()): Promise<string[]> {
  if (payload.db.name !== 'sqlite') {
    await payload.db.migrate({ migrations: list as never })
    return []
  }
  return withWriteLock(payload, async () => {
    const done = (await migrationsTableExists(payload)) ? await applied(payload) : []
    const batch = Math.max(0, ...done.map((entry) => entry.batch)) + 1
    const pending = list.filter((migration) => !done.some((entry) => entry.name === migration.name))
    const db = sqlite(payload)
    for (const migration of pending) {
      const started = Date.now()
      const copy = rollbackCopyPath(payload, migration.name)
      const hasCopy = fs.existsSync(copy)
      if (hasCopy) await db.run(sql.raw(`ATTACH DATABASE ${literal(copy)} AS rollback`))
      try {
        await inMigrationTransaction(payload, async (req) => {
          const before = await schemaOf(db)
          await migration.up({ db, payload, req })
          if (hasCopy) await restoreFromRollbackCopy(db, before)
          await payload.create({ collection: 'payload-migrations', data: { name: migration.name, batch }, req, overrideAccess: true })
        })
      } catch (error) {
        throw new Error(`الترحيل ${migration.name} فشل ولم يُطبَّق منه شيء / migration ${migration.name} failed and none of it was applied: ${(error as Error).message}`, { cause: error })
      } finally {
        if (hasCopy) await db.run(sql.raw('DETACH DATABASE rollback'))
      }
      if (hasCopy) fs.rmSync(copy, { force: true })
      log(`${migration.name} up (${Date.now() - started} ms)${hasCopy ? ', its rolled-back content restored' : ''}`)
    }
    return pending.map((migration) => migration.name)
  })
}

/** Rolls back the newest applied migration only; returns its name, or null when none is applied. */
export async function migrateDownOne(payload: Payload, log: MigrationLog = () => {}, list: Migration[] = migrationList()): Promise<string | null> {
  if (payload.db.name !== 'sqlite') {
    await payload.db.migrateDown()
    return null
  }
  return withWriteLock(payload, async () => {
    const newest = (await applied(payload))[0]
    if (!newest) return null
    const migration = list.find((entry) => entry.name === newest.name)
    if (!migration) throw new Error(`الترحيل ${newest.name} غير موجود في migrations/ / migration ${newest.name} is not in migrations/`)
    const started = Date.now()
    const db = sqlite(payload)
    const copy = rollbackCopyPath(payload, migration.name)
    fs.mkdirSync(path.dirname(copy), { recursive: true })
    fs.rmSync(copy, { force: true })
    await db.run(sql.raw(`VACUUM INTO ${literal(copy)}`))
    try {
      await inMigrationTransaction(payload, async (req) => {
        await migration.down({ db, payload, req })
        await payload.delete({ collection: 'payload-migrations', id: newest.id, req, overrideAccess: true })
      })
    } catch (error) {
      throw new Error(`التراجع عن ${migration.name} فشل ولم يتغير شيء / rolling back ${migration.name} failed and nothing changed: ${(error as Error).message}`, { cause: error })
    }
    log(`${migration.name} down (${Date.now() - started} ms); a copy of the database before it is in ${copy}`)
    return migration.name
  })
}

/** Applies the migrations of whichever adapter runs (tests, scripts and `npm run migrate`). */
export async function migrateDatabase(payload: Payload): Promise<void> {
  await migrateUp(payload)
}
