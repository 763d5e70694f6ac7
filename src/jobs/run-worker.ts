import config from '@payload-config'
import { getPayload } from 'payload'

import { settleAfterCommitWork } from '@/db/afterCommit'

import { runDueJobs } from './runner'

// npm run worker: the one process that runs the jobs queue (scheduled publishing, purge retries, the sweep) for
// every app instance, which then run with MIRSAD_RUN_JOBS=0. It polls every JOBS_POLL_SECONDS (default 5) so a
// scheduled publication goes out at its time, and on SIGTERM/SIGINT finishes the job in hand, then the
// revalidations and purges that job started, and exits.

const log = (line: string) => console.log(`[worker] ${line}`)

const pollSeconds = Number(process.env.JOBS_POLL_SECONDS ?? 5)
if (!Number.isFinite(pollSeconds) || pollSeconds <= 0) {
  console.error(`[worker] JOBS_POLL_SECONDS يجب أن يكون عددًا موجبًا من الثواني / JOBS_POLL_SECONDS must be a positive number of seconds, not "${process.env.JOBS_POLL_SECONDS}"`)
  process.exit(1)
}

// No Next runtime here: what a job changes reaches the app instances (APP_URLS) through their signed route.
process.env.MIRSAD_WORKER = '1'

let stopping = false
let wake: (() => void) | undefined
const stop = (signal: string) => {
  if (stopping) return
  stopping = true
  log(`${signal}: stopping after the job in hand`)
  wake?.()
}
process.on('SIGTERM', () => stop('SIGTERM'))
process.on('SIGINT', () => stop('SIGINT'))

const pause = () =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, pollSeconds * 1000)
    wake = () => {
      clearTimeout(timer)
      resolve()
    }
  })

try {
  const payload = await getPayload({ config })
  log(`running the jobs queue every ${pollSeconds} s (pid ${process.pid})`)
  while (!stopping) {
    let ran = 0
    try {
      // Queues what the tasks' cron `schedule`s make due (the sweep), as Payload's autoRun would.
      await payload.jobs.handleSchedules({ allQueues: true })
      const reports = await runDueJobs(payload, { stopping: () => stopping })
      for (const { id, task, status, ms } of reports) log(`job ${id} ${task}: ${status} (${ms} ms)`)
      ran = reports.length
    } catch (error) {
      console.error('[worker] تعذّر تشغيل المهام، ستُعاد المحاولة / running the jobs failed, will try again:', error)
    }
    // A full batch may have left more due: go on at once; otherwise wait for the next poll.
    if (!ran && !stopping) await pause()
  }
  await settleAfterCommitWork()
  await payload.destroy()
  log('stopped')
  process.exit(0)
} catch (error) {
  console.error('[worker] فشل بدء العامل / the worker failed to start:', error)
  process.exit(1)
}
