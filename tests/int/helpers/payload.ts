import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

export type TestPayload = { payload: Payload; dir: string; cleanup: () => Promise<void> }

/**
 * Boots the real Payload config on a throwaway SQLite file with every migration applied.
 * The config reads DATABASE_URI when imported, so it is imported only after the URI is set.
 */
export async function initTestPayload(): Promise<TestPayload> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mirsad-int-'))
  process.env.DATABASE_URI = `file:${path.join(dir, 'mirsad.db')}`
  process.env.MEDIA_DIR = path.join(dir, 'media')

  const [{ default: config }, { getPayload }, { migrateDatabase }] = await Promise.all([
    import('@payload-config'),
    import('payload'),
    import('@/db/migrate'),
  ])
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
