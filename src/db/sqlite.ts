import { sql, sqliteAdapter } from '@payloadcms/db-sqlite'
import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import type { DatabaseAdapterObj, Payload } from 'payload'

// SQLite the way a newsroom needs it: every save in one transaction (a crash never leaves half an article),
// WAL so readers never wait for a writer, and one write at a time inside this process.
//
// Why the lock: libsql runs each statement synchronously and opens a new connection for every transaction.
// Two transactions of one process would wait on each other's file lock while blocking the event loop that
// should finish the first one, so they take turns here instead; other processes (a backup, a seed) are waited
// for by SQLite's busy timeout.

/** How long a connection waits for another process's write lock. */
const BUSY_TIMEOUT_MS = 5000
/** How long a write waits for this process's lock: longer means a hook wrote without passing `req`. */
const LOCK_TIMEOUT_MS = 30_000

type Release = () => void

type Query = ReturnType<typeof sql.raw>
/** Raw SQL on the process's own connection (outside any request's transaction). */
export type RawSqlite = { run: (query: Query) => Promise<unknown>; all: <T>(query: Query) => Promise<T[]> }

export const rawSqlite = (payload: Payload) => (payload.db as unknown as { drizzle: RawSqlite }).drizzle

/** A string as an SQL literal. */
export const sqlString = (text: string) => `'${text.replace(/'/g, "''")}'`

/**
 * Tables that hold only what the database derives from other tables: full-text indexes (virtual tables) and
 * their shadow tables. Copies of content skip them and rebuild the indexes instead.
 */
export async function derivedTables(db: RawSqlite, database = 'main'): Promise<{ indexes: string[]; all: Set<string> }> {
  const tables = await db.all<{ name: string; sql: string | null }>(sql.raw(`SELECT name, sql FROM ${database}.sqlite_master WHERE type = 'table'`))
  const indexes = tables.filter((table) => /^CREATE VIRTUAL TABLE/i.test(table.sql ?? '')).map((table) => table.name)
  const all = new Set(tables.filter((table) => indexes.some((name) => table.name === name || table.name.startsWith(`${name}_`))).map((table) => table.name))
  return { indexes, all }
}

/** Throws, naming the tables, if any reference on `db`'s connection points at nothing. */
export async function assertNoBrokenReferences(db: RawSqlite): Promise<void> {
  const broken = await db.all<{ table: string; parent: string }>(sql.raw('PRAGMA foreign_key_check'))
  if (!broken.length) return
  const pairs = [...new Set(broken.map((row) => `${row.table} → ${row.parent}`))].join(', ')
  throw new Error(`${broken.length} مرجعًا لا يشير إلى شيء / ${broken.length} reference(s) point at nothing: ${pairs}`)
}

/** Rebuilds every full-text index from the table it indexes. */
export async function rebuildFullTextIndexes(db: RawSqlite): Promise<void> {
  const { indexes } = await derivedTables(db)
  for (const name of indexes) await db.run(sql.raw(`INSERT INTO "${name}"("${name}") VALUES ('rebuild')`))
}

/** A first-come, first-served lock with a deadline. */
class WriteLock {
  private held = false
  private queue: { grant: (release: Release) => void }[] = []

  acquire(timeoutMs = LOCK_TIMEOUT_MS): Promise<Release> {
    return new Promise((resolve, reject) => {
      const waiter = {
        grant: (release: Release) => {
          clearTimeout(timer)
          resolve(release)
        },
      }
      const timer = setTimeout(() => {
        this.queue = this.queue.filter((entry) => entry !== waiter)
        reject(
          new Error(
            `قاعدة البيانات مشغولة بكتابة أخرى منذ ${timeoutMs / 1000} ثانية؛ أعد المحاولة / ` +
              `The database has been busy with another write for ${timeoutMs / 1000} s; try again`,
          ),
        )
      }, timeoutMs)
      this.queue.push(waiter)
      this.next()
    })
  }

  private next() {
    if (this.held) return
    const waiter = this.queue.shift()
    if (!waiter) return
    this.held = true
    let released = false
    waiter.grant(() => {
      if (released) return
      released = true
      this.held = false
      this.next()
    })
  }
}

type Session = { db: unknown; resolve: () => Promise<void>; reject: () => Promise<void> }
type LibsqlClient = { transaction: (mode?: string) => Promise<unknown>; execute: (sql: string) => Promise<unknown> }
type SqliteAdapter = Payload['db'] & {
  client: LibsqlClient
  sessions: Record<string, Session>
  [method: string]: unknown
}
type WriteArgs = { req?: { transactionID?: number | string | Promise<number | string> } }

// The adapter's writes that may run outside a transaction (direct payload.db calls, Payload internals).
const WRITES = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

const locks = new WeakMap<object, WriteLock>()

/** Runs `write` while no other write of this process touches the database (raw SQL: backups, migrations). */
export async function withWriteLock<T>(payload: Payload, write: () => Promise<T>): Promise<T> {
  const lock = locks.get(payload.db)
  if (!lock) return write()
  const release = await lock.acquire()
  try {
    return await write()
  } finally {
    release()
  }
}

function serializeWrites(db: SqliteAdapter): SqliteAdapter {
  const lock = new WriteLock()
  locks.set(db, lock)
  const held = new Map<string, Release>()

  const begin = db.beginTransaction as (this: SqliteAdapter, options?: unknown) => Promise<null | number | string>
  db.beginTransaction = async function (options) {
    const release = await lock.acquire()
    try {
      const id = await begin.call(this, options)
      if (id === null) release()
      else held.set(String(id), release)
      return id
    } catch (error) {
      release()
      throw error
    }
  }
  for (const end of ['commitTransaction', 'rollbackTransaction'] as const) {
    const original = db[end] as (this: SqliteAdapter, id: number | Promise<number | string> | string) => Promise<void>
    db[end] = async function (incoming) {
      const id = String(await incoming)
      try {
        await original.call(this, id)
      } finally {
        held.get(id)?.()
        held.delete(id)
      }
    }
  }
  const methods = db as unknown as Record<string, (this: SqliteAdapter, args: WriteArgs) => Promise<unknown>>
  for (const name of WRITES) {
    const original = methods[name]
    methods[name] = async function (args: WriteArgs) {
      const id = await args?.req?.transactionID
      if (id !== undefined && this.sessions[String(id)]) return original.call(this, args)
      const release = await lock.acquire()
      try {
        return await original.call(this, args)
      } finally {
        release()
      }
    }
  }
  return db
}

/**
 * The connection a transaction leaves behind is new and has SQLite's defaults: it gets the busy timeout here,
 * as soon as libsql opens it (right after BEGIN on the old one).
 */
function primeNewConnections(client: LibsqlClient) {
  const transaction = client.transaction.bind(client)
  client.transaction = (mode) => {
    const started = transaction(mode)
    // Without it the connection only fails sooner on a busy file: nothing to report here.
    client.execute(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`).catch(() => {})
    return started
  }
}

type Options = {
  url: string
  migrationDir: string
  /** Runs once connected (the production server applies pending migrations here). */
  onConnect?: (payload: Payload) => Promise<void>
}

/**
 * Payload keys each `*_locales` table by (locale, parent), which SQLite cannot use to find a document's rows
 * by parent alone: every read of a localized document scanned the whole table. An index on the parent fixes it.
 */
const indexLocalesByParent: NonNullable<Parameters<typeof sqliteAdapter>[0]['afterSchemaInit']>[number] = ({ schema, extendTable }) => {
  for (const [name, table] of Object.entries(schema.tables)) {
    if (!name.endsWith('_locales') || !('_parentID' in table)) continue
    extendTable({ table, extraConfig: (columns) => ({ _parentIdx: index(`${name}_parent_idx`).on(columns._parentID) }) })
  }
  return schema
}

export function sqliteDatabase({ url, migrationDir, onConnect }: Options): DatabaseAdapterObj {
  const base = sqliteAdapter({
    client: { url },
    migrationDir,
    // Schema changes only ever reach a database through the files in migrations/.
    push: false,
    afterSchemaInit: [indexLocalesByParent],
    wal: true,
    busyTimeout: BUSY_TIMEOUT_MS,
    transactionOptions: {},
  })
  return {
    ...base,
    init: (options) => {
      const db = serializeWrites(base.init(options) as unknown as SqliteAdapter)
      // The adapter creates its client when it connects: prime it the moment it exists.
      let client: LibsqlClient | undefined
      Object.defineProperty(db, 'client', {
        configurable: true,
        enumerable: true,
        get: () => client,
        set: (value: LibsqlClient | undefined) => {
          client = value
          if (value) primeNewConnections(value)
        },
      })
      if (onConnect) {
        const connect = db.connect as (this: SqliteAdapter, options?: unknown) => Promise<void>
        db.connect = async function (options) {
          await connect.call(this, options)
          await onConnect(this.payload)
        }
      }
      return db as never
    },
  }
}
