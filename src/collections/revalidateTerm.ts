import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidatePaths, termPaths } from '@/data/revalidate'

type Kind = Parameters<typeof termPaths>[0]

/** A section, tag, place or author's public pages follow its name, slug and description. */
export const revalidateTerm =
  (kind: Kind): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    await revalidatePaths(req, termPaths(kind, [doc.slug, previousDoc?.slug]))
    return doc
  }

export const revalidateDeletedTerm =
  (kind: Kind): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    await revalidatePaths(req, termPaths(kind, [doc.slug]))
  }
