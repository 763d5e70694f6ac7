import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter, type MongooseAdapter } from '@payloadcms/db-mongodb'
import type { DatabaseAdapterObj } from 'payload'

import { migrations as mongoMigrations } from '../../migrations/mongodb'

import { runWorkAfterCommit } from './afterCommit'
import { migrateUp } from './migrate'
import { sqliteDatabase } from './sqlite'

// The only module that knows which database runs. Everything else talks to Payload.

export const DEFAULT_SQLITE_URL = 'file:./data/mirsad.db'

export type DatabaseChoice =
  | { kind: 'sqlite'; url: string; filePath: string }
  | { kind: 'mongodb'; url: string }

export class UnsupportedDatabaseURIError extends Error {
  constructor(uri: string) {
    const scheme = uri.split(':')[0] || uri
    super(
      `DATABASE_URI يستخدم مخططًا غير مدعوم «${scheme}». المخططات المقبولة: file: (SQLite المضمّنة) أو mongodb:// أو mongodb+srv://. ` +
        `/ DATABASE_URI uses an unsupported scheme "${scheme}". Accepted: file: (embedded SQLite), mongodb://, mongodb+srv://. ` +
        'Leave it unset to use ./data/mirsad.db.',
    )
    this.name = 'UnsupportedDatabaseURIError'
  }
}

/** Reads DATABASE_URI: unset or `file:` → embedded SQLite; `mongodb://` / `mongodb+srv://` → MongoDB. */
export function chooseDatabase(uri: string | undefined): DatabaseChoice {
  const value = uri?.trim()
  if (!value) return sqliteChoice(DEFAULT_SQLITE_URL)
  if (value.startsWith('file:')) return sqliteChoice(value)
  if (value.startsWith('mongodb://') || value.startsWith('mongodb+srv://')) {
    return { kind: 'mongodb', url: value }
  }
  throw new UnsupportedDatabaseURIError(value)
}

function sqliteChoice(url: string): DatabaseChoice {
  const filePath = path.resolve(url.slice('file:'.length).replace(/^\/\/(?=\/)/, ''))
  return { kind: 'sqlite', url: `file:${filePath}`, filePath }
}

const migrationRoot = path.resolve(process.cwd(), 'migrations')

export const MONGO_TRANSACTIONS = { readConcern: { level: 'majority' }, writeConcern: { w: 'majority' }, readPreference: 'primary' } as const

/** Payload turns transactions off, saying nothing, when the URI names no replica set: say it. */
function warnWithoutReplicaSet(adapter: MongooseAdapter): void {
  if (adapter.connection.getClient().options.replicaSet) return
  adapter.payload.logger.warn(
    'MongoDB بلا مجموعة نسخ (replica set): الحفظ يجري بلا معاملات. شغّل مجموعة نسخ ولو بعقدة واحدة واذكرها في DATABASE_URI (?replicaSet=rs0). / MongoDB without a replica set: saves run without transactions. Run a replica set (one node will do) and name it in DATABASE_URI (?replicaSet=rs0).',
  )
}

export function databaseAdapter(choice: DatabaseChoice = chooseDatabase(process.env.DATABASE_URI)): DatabaseAdapterObj {
  const adapter = chosenAdapter(choice)
  // Either database runs the work that follows a save only once the save has committed (afterCommit.ts).
  return { ...adapter, init: (options) => runWorkAfterCommit(adapter.init(options) as never) }
}

function chosenAdapter(choice: DatabaseChoice): DatabaseAdapterObj {
  if (choice.kind === 'mongodb') {
    return mongooseAdapter({
      url: choice.url,
      migrationDir: path.join(migrationRoot, 'mongodb'),
      prodMigrations: mongoMigrations,
      // A save and what it derives (publicFrom, stale-save checks) commit together only on a replica set; a commit
      // acknowledged by most members survives a failover, and every instance then reads it.
      transactionOptions: MONGO_TRANSACTIONS,
      afterOpenConnection: warnWithoutReplicaSet,
    })
  }
  fs.mkdirSync(path.dirname(choice.filePath), { recursive: true })
  return sqliteDatabase({
    url: choice.url,
    migrationDir: migrationRoot,
    // `npm start` migrates first; a server started another way still never runs on an old schema.
    onConnect: process.env.NODE_ENV === 'production' && process.env.PAYLOAD_MIGRATING !== 'true' ? (payload) => migrateUp(payload).then(() => {}) : undefined,
  })
}
