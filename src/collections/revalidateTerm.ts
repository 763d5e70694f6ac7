import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidatePaths, termPaths } from '@/data/revalidate'

type Kind = Parameters<typeof termPaths>[0]

/** A section, tag, place or author's public pages follow its name, slug and description. */
export const revalidateTerm =
  (kind: Kind): CollectionAfterChangeHook =>
  ({ doc, previousDoc, req }) => {
    revalidatePaths(req, termPaths(kind, [doc.slug, previousDoc?.slug]))
    return doc
  }

export const revalidateDeletedTerm =
  (kind: Kind): CollectionAfterDeleteHook =>
  ({ doc, req }) => {
    revalidatePaths(req, termPaths(kind, [doc.slug]))
  }
