import { AsyncLocalStorage } from 'node:async_hooks'

import { Sqlite3Transaction } from '@libsql/client/sqlite3'
import { expandConfig } from '@libsql/core/config'
import { type TransactionMode } from '@libsql/core/api'
import { transactionModeToBegin } from '@libsql/core/util'
import { sql, sqliteAdapter } from '@payloadcms/db-sqlite'
import Database from 'libsql'
import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import type { DatabaseAdapterObj, Payload } from 'payload'

// SQLite the way a newsroom needs it: every save in one transaction (a crash never leaves half an article),
// WAL so readers never wait for a writer, and one write at a time inside this process.
//
// Why the lock: libsql runs each statement synchronously and opens a new connection for every transaction.
// Two transactions of one process would wait on each other's file lock while blocking the event loop that
// should finish the first one, so they take turns here instead; other processes (a backup, a seed) are waited
// for by SQLite's busy timeout (WAL, BEGIN on a fresh connection primed below).
//
// Why it is re-entrant: the work that holds the lock sometimes writes again without its transaction — the
// adapter's upsert calls its own updateOne, Payload's forgot-password reserves the request outside its
// transaction, a hook calls the local API without `req`. Waiting for the lock there is waiting on oneself
// (it stalled such requests for 30 s and then failed them). The lock therefore knows which piece of work holds
// it (an AsyncLocalStorage "flow" entered when a transaction begins or a lone write starts), and a write from
// that same flow runs inside the held transaction instead of queueing behind it. Writes of any other flow
// still take turns.

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

/** The piece of work (a request's transaction, or one lone write) a lock grant belongs to. */
type Flow = { transactionID?: string }

/** A first-come, first-served lock with a deadline that remembers which flow holds it. */
class WriteLock {
  private holder: Flow | null = null
  private queue: { flow: Flow; grant: (release: Release) => void }[] = []

  heldBy(flow: Flow | undefined): boolean {
    return Boolean(flow && this.holder === flow)
  }

  acquire(flow: Flow, timeoutMs = LOCK_TIMEOUT_MS): Promise<Release> {
    return new Promise((resolve, reject) => {
      const waiter = {
        flow,
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
    if (this.holder) return
    const waiter = this.queue.shift()
    if (!waiter) return
    this.holder = waiter.flow
    let released = false
    waiter.grant(() => {
      if (released) return
      released = true
      this.holder = null
      this.next()
    })
  }
}

const flows = new AsyncLocalStorage<Flow>()

type Session = { db: unknown; resolve: () => Promise<void>; reject: () => Promise<void> }
type LibsqlClient = { transaction: (mode?: string) => Promise<unknown>; execute: (sql: string) => Promise<unknown> }
type SqliteAdapter = Payload['db'] & {
  client: LibsqlClient
  sessions: Record<string, Session>
  [method: string]: unknown
}
type TransactionID = number | string | Promise<number | string>
type WriteArgs = { req?: { transactionID?: TransactionID } }

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

/** The same request, seen through another transaction: its writes land in `transactionID`. */
function inTransaction<T extends object>(req: T, transactionID: string): T {
  return new Proxy(req, { get: (target, key) => (key === 'transactionID' ? transactionID : Reflect.get(target, key, target)) })
}

/** Runs `write` while no other write of this process touches the database (raw SQL: backups, migrations). */
export async function withWriteLock<T>(payload: Payload, write: () => Promise<T>): Promise<T> {
  const lock = locks.get(payload.db)
  if (!lock || lock.heldBy(flows.getStore())) return write()
  const flow: Flow = {}
  const release = await lock.acquire(flow)
  try {
    return await flows.run(flow, write)
  } finally {
    release()
  }
}

/** The transaction of this process's lock holder, when the running code belongs to it (see afterCommit.ts). */
export function heldTransaction(payload: Payload): string | undefined {
  const flow = flows.getStore()
  return locks.get(payload.db)?.heldBy(flow) ? flow!.transactionID : undefined
}

function serializeWrites(db: SqliteAdapter): SqliteAdapter {
  const lock = new WriteLock()
  locks.set(db, lock)
  const held = new Map<string, Release>()

  const begin = db.beginTransaction as (this: SqliteAdapter, options?: unknown) => Promise<null | number | string>
  db.beginTransaction = function (options) {
    // A transaction asked for by work that already holds the lock (a hook's local-API call without `req`) joins
    // the held one: null tells Payload to go on without its own, and its writes land in the held transaction.
    if (lock.heldBy(flows.getStore())) return Promise.resolve(null)
    // Everything the caller does from here on (its reads, writes, hooks) belongs to this flow.
    const flow: Flow = {}
    flows.enterWith(flow)
    return (async () => {
      const release = await lock.acquire(flow)
      try {
        const id = await begin.call(this, options)
        if (id === null) release()
        else {
          flow.transactionID = String(id)
          held.set(String(id), release)
        }
        return id
      } catch (error) {
        release()
        throw error
      }
    })()
  }
  for (const end of ['commitTransaction', 'rollbackTransaction'] as const) {
    const original = db[end] as (this: SqliteAdapter, id: TransactionID) => Promise<void>
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
      const current = flows.getStore()
      if (lock.heldBy(current)) {
        // Our own flow writing again: inside its transaction if it has one, else as part of the write it is in.
        const own = current!.transactionID
        return original.call(this, own && this.sessions[own] ? { ...args, req: inTransaction(args?.req ?? {}, own) } : args)
      }
      const flow: Flow = {}
      const release = await lock.acquire(flow)
      try {
        return await flows.run(flow, () => original.call(this, args))
      } finally {
        release()
      }
    }
  }
  return db
}

/**
 * Transactions on one writing connection, kept open, beside the client's one reading connection. libsql's
 * client runs a transaction on the connection it was reading with, opens a new one for itself, and leaves the
 * old one to the garbage collector: a connection whose statements are still alive cannot close, and libsql
 * cannot finalize a statement, so each transaction left two open files until a collection happened to free
 * them. `npm run search:reindex` over 20,000 articles ran out of file descriptors after about 9,800
 * transactions, and every later one failed with SQLITE_CANTOPEN. The write lock above lets one transaction run
 * at a time, so one connection serves them all; a transaction begun while it is busy (not through the lock)
 * gets a connection of its own, closed when it ends.
 */
function oneWritingConnection(client: LibsqlClient, url: string) {
  const { path } = expandConfig({ url }, true)
  const connect = () => {
    const connection = new Database(path)
    connection.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`)
    return connection
  }
  let writer: Database.Database | undefined
  let writerBusy = false
  client.transaction = async (mode = 'write') => {
    const shared = !writerBusy
    const connection = shared ? (writer ??= connect()) : connect()
    if (shared) writerBusy = true
    let ended = false
    const end = () => {
      if (ended) return
      ended = true
      if (shared) writerBusy = false
      else connection.close()
    }
    try {
      connection.exec(transactionModeToBegin(mode as TransactionMode))
    } catch (error) {
      end()
      throw error
    }
    const transaction = new Sqlite3Transaction(connection, 'number')
    const [commit, rollback, close] = [transaction.commit.bind(transaction), transaction.rollback.bind(transaction), transaction.close.bind(transaction)]
    // A COMMIT that fails (a busy file) leaves the transaction open: it ends with the ROLLBACK that follows.
    transaction.commit = async () => {
      await commit()
      end()
    }
    transaction.rollback = async () => {
      if (ended) return
      try {
        await rollback()
      } finally {
        end()
      }
    }
    transaction.close = () => {
      if (ended) return
      try {
        close()
      } finally {
        end()
      }
    }
    return transaction
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
      // The adapter creates its client when it connects: its transactions are set up the moment it exists.
      let client: LibsqlClient | undefined
      Object.defineProperty(db, 'client', {
        configurable: true,
        enumerable: true,
        get: () => client,
        set: (value: LibsqlClient | undefined) => {
          client = value
          if (value) oneWritingConnection(value, url)
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
