import fs from 'node:fs'

import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

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
