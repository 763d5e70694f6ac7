import type { JobsConfig } from 'payload'

import { hasRole } from '@/access/roles'
import { sweepEmptyDrafts } from '@/collections/Articles/sweepEmptyDrafts'

import { purgeCache } from './purgeCache'

const isDesk = (user: unknown) => hasRole(user, 'editor', 'admin')

export const jobs: JobsConfig = {
  access: {
    queue: ({ req }) => isDesk(req.user),
    // Where a worker runs the queue (MIRSAD_RUN_JOBS=0), it is the only runner: Payload's, behind the REST
    // endpoint, could run a job the worker runs too (src/jobs/runner.ts).
    run: ({ req }) => process.env.MIRSAD_RUN_JOBS !== '0' && isDesk(req.user),
    cancel: ({ req }) => isDesk(req.user),
  },
  tasks: [
    {
      slug: 'sweepEmptyDrafts',
      label: 'Clear untouched new articles',
      // Every quarter of an hour: the new articles someone opened and left without writing a word.
      schedule: [{ cron: '*/15 * * * *', queue: 'default' }],
      handler: async ({ req }) => ({ output: { removed: await sweepEmptyDrafts(req.payload) } }),
      outputSchema: [{ name: 'removed', type: 'number' }],
    },
    purgeCache,
  ],
  // One app server on its own runs the queue itself (scheduled publishing, purge retries, the sweep); never in
  // tests, builds or scripts. Several instances run with MIRSAD_RUN_JOBS=0 and one `npm run worker` instead.
  autoRun: [{ cron: '* * * * *', queue: 'default' }],
  shouldAutoRun: () =>
    process.env.MIRSAD_RUN_JOBS !== '0' &&
    process.env.NODE_ENV === 'production' &&
    process.env.NEXT_PHASE !== 'phase-production-build',
}
