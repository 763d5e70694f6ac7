import type { Payload } from 'payload'

import { migrations as sqliteMigrations } from '../../migrations'
import { migrations as mongoMigrations } from '../../migrations/mongodb'

import { chooseDatabase } from '.'

/** Applies the migrations of whichever adapter runs (tests and scripts; `npm run migrate` does the same). */
export async function migrateDatabase(payload: Payload): Promise<void> {
  const migrations = chooseDatabase(process.env.DATABASE_URI).kind === 'sqlite' ? sqliteMigrations : mongoMigrations
  await payload.db.migrate({ migrations: migrations as never })
}
