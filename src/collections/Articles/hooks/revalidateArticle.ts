import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { articlePaths, revalidatePaths } from '@/data/revalidate'
import type { Article } from '@/payload-types'

/** Publish, unpublish, a correction or a new slug: the pages and feeds the article is (or was) on are refreshed. */
export const revalidateArticle: CollectionAfterChangeHook<Article> = ({ doc, previousDoc, req }) => {
  // Drafts change nothing public.
  if (req.context.draftSave !== true) revalidatePaths(req, (committed) => articlePaths(committed, [previousDoc, doc]))
  return doc
}

export const revalidateDeletedArticle: CollectionAfterDeleteHook<Article> = ({ doc, req }) => {
  revalidatePaths(req, (committed) => articlePaths(committed, [doc]))
}
