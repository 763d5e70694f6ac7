import fs from 'node:fs'

import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import type { User } from '@/payload-types'

import { migrateDatabase } from '@/db/migrate'

export type TestPayload = { payload: Payload; dir: string; cleanup: () => Promise<void> }

/** Boots the real Payload config on this file's throwaway SQLite database (see setup.ts), migrated. */
export async function initTestPayload(): Promise<TestPayload> {
  const dir = process.env.MIRSAD_TEST_DIR
  if (!dir || !process.env.DATABASE_URI?.includes(dir)) {
    throw new Error('Integration tests must run on their throwaway database: load tests/int/helpers/setup.ts first.')
  }
  const payload = await getPayload({ config })
  await migrateDatabase(payload)

  return {
    payload,
    dir,
    cleanup: async () => {
      await payload.destroy()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

export const TEST_PASSWORD = 'a-long-test-password'

/** A newsroom account for a test, created by the system. The first one on a database is always an admin. */
export function addUser(payload: Payload, email: string, role: User['role']) {
  return payload.create({ collection: 'users', data: { email, password: TEST_PASSWORD, name: email.split('@')[0], role } })
}

/** A login token for an account made with addUser. */
export async function tokenFor(payload: Payload, email: string) {
  return (await payload.login({ collection: 'users', data: { email, password: TEST_PASSWORD } })).token!
}
