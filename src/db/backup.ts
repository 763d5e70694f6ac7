import fs from 'node:fs'

import { sql } from '@payloadcms/db-sqlite'
import type { Payload, PayloadRequest } from 'payload'

import { assertNoBrokenReferences, derivedTables, rawSqlite, rebuildFullTextIndexes, sqlString, withWriteLock } from './sqlite'

// Backup and restore of the database itself; the only backup code that knows which database runs.

function sqliteOf(payload: Payload) {
  if (payload.db.name !== 'sqlite') {
    throw new Error(
      'النسخ الاحتياطي لملف قاعدة البيانات متاح مع SQLite؛ مع MongoDB استعمل mongodump ومعه تصدير JSON / A database file snapshot exists for SQLite only; with MongoDB use mongodump, plus the JSON export',
    )
  }
  return rawSqlite(payload)
}

const quoted = sqlString

/**
 * A consistent copy of the live SQLite database at `file`, taken while the app keeps running (VACUUM INTO
 * reads one snapshot of the database and writes a compact copy).
 */
export async function snapshotDatabase(payload: Payload, file: string): Promise<void> {
  const db = sqliteOf(payload)
  fs.rmSync(file, { force: true })
  await db.run(sql.raw(`VACUUM INTO ${quoted(file)}`))
}

/**
 * Puts every table back as it is in the snapshot `file`, in one transaction on the open database: either all
 * of it is restored or nothing changes.
 */
export async function restoreSnapshot(payload: Payload, file: string): Promise<{ tables: number; rows: number }> {
  if (!fs.existsSync(file)) throw new Error(`لا نسخة في ${file} / No snapshot at ${file}`)
  const db = sqliteOf(payload)
  // No save of this process may run on the connection while it holds the restore's transaction.
  return withWriteLock(payload, async () => {
    await db.run(sql.raw(`ATTACH DATABASE ${quoted(file)} AS snapshot`))
    try {
      const derived = (await derivedTables(db, 'snapshot')).all
      const tables = (await db.all<{ name: string }>(sql.raw(`SELECT name FROM snapshot.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`))).filter(
        ({ name }) => !derived.has(name),
      )
      let rows = 0
      await db.run(sql.raw('PRAGMA foreign_keys = OFF'))
      await db.run(sql.raw('BEGIN IMMEDIATE'))
      try {
        for (const { name } of tables) {
          const table = `"${name.replace(/"/g, '""')}"`
          await db.run(sql.raw(`DELETE FROM main.${table}`))
          await db.run(sql.raw(`INSERT INTO main.${table} SELECT * FROM snapshot.${table}`))
          rows += (await db.all<{ count: number }>(sql.raw(`SELECT count(*) AS count FROM main.${table}`)))[0]?.count ?? 0
        }
        await rebuildFullTextIndexes(db)
        await db.run(sql.raw('COMMIT'))
      } catch (error) {
        await db.run(sql.raw('ROLLBACK'))
        throw error
      } finally {
        await db.run(sql.raw('PRAGMA foreign_keys = ON'))
      }
      return { tables: tables.length, rows }
    } finally {
      await db.run(sql.raw('DETACH DATABASE snapshot'))
    }
  })
}

type Session = { db: ReturnType<typeof rawSqlite> }

async function transactionOf(payload: Payload, req: PayloadRequest) {
  const sessions = (payload.db as unknown as { sessions: Record<string, Session> }).sessions
  const transaction = sessions[String(await req.transactionID)]?.db
  if (!transaction) throw new Error('a request inside a transaction is needed here')
  return transaction
}

/**
 * Inside `req`'s transaction, references are checked at the end (assertReferencesWhole) rather than row by
 * row, so a restore can write documents in any order. MongoDB checks none.
 */
export async function deferReferenceChecks(payload: Payload, req: PayloadRequest): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  await (await transactionOf(payload, req)).run(sql.raw('PRAGMA defer_foreign_keys = ON'))
}

/**
 * Throws, naming them, if references in `req`'s transaction point at nothing. Call it before committing:
 * a commit refused for that reason would be rolled back without a word (Payload's commit swallows the error).
 */
export async function assertReferencesWhole(payload: Payload, req: PayloadRequest): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  await assertNoBrokenReferences(await transactionOf(payload, req))
}
