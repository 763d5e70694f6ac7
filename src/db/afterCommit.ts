import { after } from 'next/server'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { heldTransaction } from './sqlite'

// Work that follows a save — an email to the next person, the search index, Next's cache, the nginx purge —
// must see only what was committed, and must never slow or fail the save. Payload runs `afterChange` inside the
// save's transaction, so hooks hand such work to `afterCommit`: it waits for the transaction to commit (and is
// dropped if it rolls back), then runs outside it, after the response inside a Next request (`after()`), in
// the background elsewhere (jobs, scripts, tests). Both database adapters are wired the same way (src/db/index.ts).

/** The work, given a fresh request of the same person and context with no transaction. */
export type AfterCommitWork = (req: PayloadRequest) => Promise<unknown>

type Pending = { name: string; work: AfterCommitWork; req: PayloadRequest; inRequest?: boolean }
type Adapter = Payload['db'] & Record<string, unknown>

const waiting = new WeakMap<object, Map<string, Pending[]>>()
const running = new Set<Promise<unknown>>()

/** The open transaction a write of `req` lands in, if any. */
function openTransaction(req: PayloadRequest): string | undefined {
  const id = req.transactionID
  if (id !== undefined && id !== null && !(id instanceof Promise)) {
    const sessions = (req.payload.db as { sessions?: Record<string, unknown> }).sessions
    if (!sessions || sessions[String(id)]) return String(id)
  }
  return heldTransaction(req.payload)
}

/** Runs `work` once the save of `req` has committed; never if it rolls back. */
export function afterCommit(req: PayloadRequest, name: string, work: AfterCommitWork): void {
  enqueue({ name, work, req })
}

/**
 * Like afterCommit, but still inside the request, right after the commit and before the response: for work
 * that is quick and must be done by the time the response is (telling Next which pages changed, so that a
 * purge of the cache in front, handed to afterCommit from there, refetches fresh pages).
 */
export function whenCommitted(req: PayloadRequest, name: string, work: AfterCommitWork): void {
  enqueue({ name, work, req, inRequest: true })
}

function enqueue(pending: Pending) {
  const id = openTransaction(pending.req)
  if (id === undefined) {
    if (pending.inRequest) void runNow(pending)
    else handOff(pending)
    return
  }
  const byTransaction = waiting.get(pending.req.payload.db) ?? new Map<string, Pending[]>()
  waiting.set(pending.req.payload.db, byTransaction)
  byTransaction.set(id, [...(byTransaction.get(id) ?? []), pending])
}

/** In-request work: awaited where it is started, its failure logged, never thrown at the save. */
async function runNow({ name, work, req }: Pending): Promise<void> {
  try {
    await work(await freshRequest(req))
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `[after commit] ${name} failed` })
  }
}

const freshRequest = (req: PayloadRequest) => createLocalReq({ context: { ...req.context }, user: req.user ?? undefined, locale: req.locale ?? undefined }, req.payload)

function handOff({ name, work, req }: Pending): void {
  const run = () => runNow({ name, work, req })
  try {
    // Inside a Next request: after the response is sent, with Next's revalidation still available.
    after(run)
    return
  } catch {
    // Outside one (jobs, scripts, tests): in the background.
  }
  const task: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
    .then(run)
    .finally(() => running.delete(task))
  running.add(task)
}

/** Waits until all background work handed off so far (and any it started) has finished: tests and shutdown. */
export async function settleAfterCommitWork(): Promise<void> {
  while (running.size) await Promise.all([...running])
}

/** Makes the adapter run each transaction's waiting work when it commits, and drop it when it rolls back. */
export function runWorkAfterCommit<T extends Adapter>(db: T): T {
  const take = (id: string) => {
    const byTransaction = waiting.get(db)
    const pending = byTransaction?.get(id) ?? []
    byTransaction?.delete(id)
    return pending
  }
  const commit = db.commitTransaction as (this: T, id: unknown) => Promise<void>
  const rollback = db.rollbackTransaction as (this: T, id: unknown) => Promise<void>
  db.commitTransaction = async function (incoming) {
    const id = String(await incoming)
    await commit.call(this, id)
    const pending = take(id)
    for (const task of pending.filter((entry) => entry.inRequest)) await runNow(task)
    for (const task of pending.filter((entry) => !entry.inRequest)) handOff(task)
  }
  db.rollbackTransaction = async function (incoming) {
    const id = String(await incoming)
    take(id)
    await rollback.call(this, id)
  }
  return db
}
