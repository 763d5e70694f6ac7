import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

import { refreshAllMediaVisibility } from '../../src/collections/Media/visibility'

// MongoDB needs no schema migrations; data migrations for it, when one is needed, are listed here.
export const migrations: {
  name: string
  up: (args: MigrateUpArgs) => Promise<void>
  down: (args: MigrateDownArgs) => Promise<void>
}[] = [
  {
    // Pictures already shown by published articles stay public; every other one becomes staff-only.
    name: '20261202_134908_media_public_from',
    up: ({ payload, req }) => refreshAllMediaVisibility(payload, req),
    down: async () => {},
  },
]
