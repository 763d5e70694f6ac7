import type { Access, CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, Payload, PayloadRequest } from 'payload'

import { ROLES, hasRole } from '@/access/roles'
import { idOf } from '@/lib/ids'

// A picture is public once readers can see it: as the hero image of a published article (from the end of its
// embargo, when it has one) or as a staff member's photo on their author page. Before that — the photo a
// stringer sent for a report still in fact-check — only staff reach the media document and its files.
//
// Which articles show a picture changes with their saves, not with the picture's, so each picture keeps the
// moment it became public (`publicFrom`, derived here and written with the save that changes it, in the same
// transaction). An embargo ends without any save: `publicFrom` is then the embargo's end, compared with the
// time of each request.

const EPOCH = new Date(0).toISOString()

/** Staff read every picture; anyone else those already public. */
export const readMedia: Access = ({ req: { user } }) => {
  if (hasRole(user, ...ROLES)) return true
  return { publicFrom: { less_than_equal: new Date().toISOString() } }
}

/** When picture `id` became (or becomes) public, from what the database holds now; null if it is not shown. */
async function publicFromOf(req: PayloadRequest, id: number): Promise<string | null> {
  const { payload } = req
  const photo = await payload.count({ collection: 'users', where: { photo: { equals: id } }, overrideAccess: true, req })
  if (photo.totalDocs) return EPOCH
  // The main collection holds each article's published state (draft saves go to versions only).
  const { docs } = await payload.find({
    collection: 'articles',
    where: { and: [{ heroImage: { equals: id } }, { _status: { equals: 'published' } }] },
    select: { embargoUntil: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  if (!docs.length) return null
  return docs.map((doc) => doc.embargoUntil || EPOCH).sort()[0]
}

/** Brings the `publicFrom` of these pictures up to date, inside the request's transaction. */
export async function refreshMediaVisibility(req: PayloadRequest, ids: Iterable<number | undefined>): Promise<void> {
  for (const id of new Set(ids)) {
    if (id === undefined) continue
    const publicFrom = await publicFromOf(req, id)
    // Only these columns: the migration that introduced publicFrom runs before later ones add theirs (storage's prefix).
    const current = await req.payload.db.findOne<{ id: number; publicFrom?: string | null; updatedAt?: string }>({
      collection: 'media',
      where: { id: { equals: id } },
      select: { publicFrom: true, updatedAt: true },
      req,
    })
    if (!current || (current.publicFrom ?? null) === publicFrom) continue
    // Derived, not an edit of the picture: its `updatedAt` stays.
    await req.payload.db.updateOne({ collection: 'media', id, data: { publicFrom, updatedAt: current.updatedAt }, req, returning: false })
  }
}

/** Every picture's `publicFrom` from scratch (the migration that introduced it; a repair). */
export async function refreshAllMediaVisibility(payload: Payload, req: PayloadRequest): Promise<void> {
  const { docs } = await payload.find({ collection: 'media', select: {}, depth: 0, limit: 0, pagination: false, overrideAccess: true, req })
  await refreshMediaVisibility(req, docs.map((doc) => doc.id))
}

const HERO_BEFORE = 'mirsad.heroBefore'

/** The published article's hero before this save (a draft's previous version may already show another). */
// A draft save (every autosave) writes a version only: what readers see, and so which pictures they see, is
// unchanged, and none of this work is done for it (`draftSave`: Articles/hooks/operationGuards.ts).

export const rememberPublishedHero: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req, context }) => {
  if (operation !== 'update' || originalDoc?.id === undefined || context.draftSave) return data
  const published = await req.payload.db.findOne<{ id: number; heroImage?: unknown }>({ collection: 'articles', where: { id: { equals: originalDoc.id } }, req })
  context[HERO_BEFORE] = idOf(published?.heroImage)
  return data
}

export const refreshArticleImages: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  if (context.draftSave) return
  await refreshMediaVisibility(req, [idOf(doc.heroImage), idOf(previousDoc?.heroImage), context[HERO_BEFORE] as number | undefined])
}

export const refreshDeletedArticleImages: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await refreshMediaVisibility(req, [idOf(doc.heroImage)])
}

export const refreshUserPhoto: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  await refreshMediaVisibility(req, [idOf(doc.photo), idOf(previousDoc?.photo)])
}
