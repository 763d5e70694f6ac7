import type { Payload } from 'payload'

import { textFromLexical } from '@/lib/lexical'

/** How long an untouched new article is left before it is cleared away. */
export const EMPTY_DRAFT_AGE_MS = 60 * 60 * 1000

/**
 * «إنشاء جديد» with autosave on creates the article as soon as the form opens. Someone who then goes back leaves an
 * untitled, empty draft in everyone's lists. Drafts that never got a title, a standfirst or a word of body, and
 * never moved, are removed once they are an hour old. Returns how many went.
 */
export async function sweepEmptyDrafts(payload: Payload, now = Date.now()): Promise<number> {
  const { docs } = await payload.find({
    collection: 'articles',
    draft: true,
    depth: 0,
    limit: 200,
    pagination: false,
    overrideAccess: true,
    where: { and: [{ stage: { equals: 'draft' } }, { _status: { equals: 'draft' } }, { createdAt: { less_than: new Date(now - EMPTY_DRAFT_AGE_MS).toISOString() } }] },
    select: { title: true, dek: true, body: true, history: true, publishedAt: true },
  })
  const empty = docs.filter((doc) => !doc.title?.trim() && !doc.dek?.trim() && !textFromLexical(doc.body).trim() && (doc.history?.length ?? 0) <= 1 && !doc.publishedAt)
  for (const doc of empty) await payload.delete({ collection: 'articles', id: doc.id, overrideAccess: true, context: { disableRevalidate: true } })
  return empty.length
}
