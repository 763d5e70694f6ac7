import fs from 'node:fs'

import config from '@payload-config'
import { createLocalReq, getPayload, type Payload } from 'payload'

import type { User } from '@/payload-types'

import { recordDetection } from '@/collections/ClaimDetections/runs'
import { settleAfterCommitWork } from '@/db/afterCommit'
import { migrateDatabase } from '@/db/migrate'
import { lexicalFromText } from '@/lib/lexical'

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
      await settleAfterCommitWork()
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

/**
 * Setup: the desk ran «اكتشاف الادعاءات» on the article's current text and dealt with every proposal, as every
 * approval needs. Tests about detection itself go through its endpoint instead.
 */
export async function detectorRan(payload: Payload, articleId: number) {
  const article = await payload.findByID({ collection: 'articles', id: articleId, draft: true, depth: 0, overrideAccess: true })
  await recordDetection(await createLocalReq({}, payload), articleId, article.body, [])
}

type ArticleFields = Record<string, unknown> & { title: string; body?: string }

/**
 * An article taken by an editor through the workflow up to publication (draft → in edit → detector run → approved,
 * skipping the fact-checker with a reason), so every hook on the way runs as it does in the newsroom. `body` is plain text.
 */
export async function approveAs(payload: Payload, editor: User, { body = 'نص.', ...fields }: ArticleFields) {
  const as = { user: editor, overrideAccess: false } as const
  const draft = await payload.create({ collection: 'articles', data: { ...fields, body: lexicalFromText(body) } as never, draft: true, ...as })
  await payload.update({ collection: 'articles', id: draft.id, data: { stage: 'inEdit' }, draft: true, ...as })
  await detectorRan(payload, draft.id)
  return payload.update({ collection: 'articles', id: draft.id, data: { stage: 'approved', transitionNote: 'خبر اختبار بلا ادعاءات' }, draft: true, ...as })
}

/** An article taken by an editor through the whole workflow (approveAs), then published. */
export async function publishAs(payload: Payload, editor: User, fields: ArticleFields) {
  const draft = await approveAs(payload, editor, fields)
  const published = await payload.update({ collection: 'articles', id: draft.id, data: { _status: 'published' }, user: editor, overrideAccess: false })
  // What follows the save (search index, caches) runs once it has committed: the article is fully out when it is done.
  await settleAfterCommitWork()
  return published
}
