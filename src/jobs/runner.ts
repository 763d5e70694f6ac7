import type { Payload, Where } from 'payload'

// Payload's runner (payload.jobs.run, its autoRun cron, `payload jobs:run`) claims jobs by finding the runnable
// ones and then setting `processing` on those ids, with no condition left on the update. On SQLite both steps run
// in one BEGIN IMMEDIATE transaction (src/db/sqlite.ts), so two runners take turns; on MongoDB they are two
// commands with no transaction, and two runners that find the same job both run it: a scheduled article would
// be published twice. The worker therefore claims each job itself, in one conditional write, and runs only
// what it claimed.

/** What Payload's runner takes: not done, not failed for good, not claimed, and due. */
const runnable = (): Where[] => [
  { completedAt: { exists: false } },
  { hasError: { not_equals: true } },
  { processing: { equals: false } },
  { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than: new Date().toISOString() } }] },
]

/**
 * Marks the job as taken in one write that matches only while it is still runnable: of several runners, one
 * gets it. SQLite: a single UPDATE … WHERE … RETURNING (`atomic`); MongoDB: one findOneAndUpdate.
 */
export async function claimJob(payload: Payload, id: number | string): Promise<boolean> {
  const claimed = await payload.db.updateOne({
    collection: 'payload-jobs',
    where: { and: [{ id: { equals: id } }, ...runnable()] },
    data: { processing: true, updatedAt: new Date().toISOString() },
    options: { atomic: true },
    returning: true,
  })
  return Boolean(claimed)
}

export type JobReport = { id: number | string; task: string; status: string; ms: number }
type RunOptions = { limit?: number; stopping?: () => boolean }

/**
 * Runs the jobs due now, in every queue, oldest first, one at a time; each only if this runner claims it.
 * Stops between jobs once `stopping()` says so, never inside one.
 */
export async function runDueJobs(payload: Payload, { limit = 10, stopping = () => false }: RunOptions = {}): Promise<JobReport[]> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { and: runnable() },
    sort: 'createdAt',
    limit,
    depth: 0,
    select: { taskSlug: true },
    overrideAccess: true,
  })
  const reports: JobReport[] = []
  for (const job of docs) {
    if (stopping()) break
    if (!(await claimJob(payload, job.id))) continue
    const started = performance.now()
    const result = await payload.jobs.runByID({ id: job.id, overrideAccess: true, silent: { info: true } })
    const status = (result.jobStatus?.[job.id] as { status?: string } | undefined)?.status ?? 'unknown'
    reports.push({ id: job.id, task: job.taskSlug ?? '?', status, ms: Math.round(performance.now() - started) })
  }
  return reports
}
