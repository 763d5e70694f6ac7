import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

// MongoDB needs no schema migrations; data migrations for it, when one is needed, are listed here.
export const migrations: {
  name: string
  up: (args: MigrateUpArgs) => Promise<void>
  down: (args: MigrateDownArgs) => Promise<void>
}[] = []
