import type { JobsConfig } from 'payload'

import { hasRole } from '@/access/roles'
import { sweepEmptyDrafts } from '@/collections/Articles/sweepEmptyDrafts'

import { purgeCache } from './purgeCache'

const isDesk = (user: unknown) => hasRole(user, 'editor', 'admin')

export const jobs: JobsConfig = {
  access: {
    queue: ({ req }) => isDesk(req.user),
    run: ({ req }) => isDesk(req.user),
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
  // The queue runs inside the app server (scheduled publishing, the sweep); never in tests, builds or scripts.
  autoRun: [{ cron: '* * * * *', queue: 'default' }],
  shouldAutoRun: () =>
    process.env.MIRSAD_RUN_JOBS !== '0' &&
    process.env.NODE_ENV === 'production' &&
    process.env.NEXT_PHASE !== 'phase-production-build',
}
