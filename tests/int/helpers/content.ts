import { createHash } from 'node:crypto'

import type { Payload } from 'payload'

import { settleAfterCommitWork } from '@/db/afterCommit'

const COLLECTIONS = ['articles', 'claims', 'sources', 'comments', 'sections', 'tags', 'places', 'media', 'users', 'search-entries'] as const

/**
 * A fingerprint of everything the newsroom keeps: every collection's documents (drafts, every locale), the
 * article versions and the settings. `contentOnly` leaves out the bookkeeping a save that changes nothing
 * still does: timestamps, who saved, sign-in counters, and the version each accepted save adds.
 */
export async function contentHashes(payload: Payload, { contentOnly = false } = {}): Promise<Record<string, string>> {
  // What follows the last save (the search index) is part of the content once it has run.
  await settleAfterCommitWork()
  const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex')
  const hashes: Record<string, string> = {}
  for (const collection of COLLECTIONS) {
    const { docs } = await payload.find({ collection, depth: 0, limit: 0, pagination: false, draft: true, locale: 'all', overrideAccess: true, showHiddenFields: true, sort: 'id' })
    hashes[collection] = digest(
      docs.map((doc) => {
        if (!contentOnly) return doc
        const { loginAttempts: _attempts, lockUntil: _lock, sessions: _sessions, updatedAt: _updated, savedBy: _savedBy, ...rest } = doc as unknown as Record<string, unknown>
        return rest
      }),
    )
  }
  if (!contentOnly) {
    const { docs: versions } = await payload.findVersions({ collection: 'articles', locale: 'all', depth: 0, limit: 0, pagination: false, overrideAccess: true, sort: 'id' })
    // A version's identity is its document and time; its own id is kept apart, since only a snapshot restores it.
    hashes.versions = digest(versions.map(({ id: _id, ...version }) => version))
    hashes.versionIds = digest(versions.map((version) => version.id))
  }
  hashes.settings = digest(await payload.findGlobal({ slug: 'settings', locale: 'all', overrideAccess: true }))
  return hashes
}
