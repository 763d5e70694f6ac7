import type { JobsConfig } from 'payload'

import { hasRole } from '@/access/roles'

const isDesk = (user: unknown) => hasRole(user, 'editor', 'admin')

export const jobs: JobsConfig = {
  access: {
    queue: ({ req }) => isDesk(req.user),
    run: ({ req }) => isDesk(req.user),
    cancel: ({ req }) => isDesk(req.user),
  },
  // The queue runs inside the app server (scheduled publishing); never in tests, builds or scripts.
  autoRun: [{ cron: '* * * * *', queue: 'default' }],
  shouldAutoRun: () =>
    process.env.MIRSAD_RUN_JOBS !== '0' &&
    process.env.NODE_ENV === 'production' &&
    process.env.NEXT_PHASE !== 'phase-production-build',
}
