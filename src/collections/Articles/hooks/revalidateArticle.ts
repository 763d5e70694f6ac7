import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { articlePaths, revalidatePaths, shouldRevalidate } from '@/data/revalidate'
import type { Article } from '@/payload-types'

/** Publish, unpublish, a correction or a new slug: the pages and feeds the article is (or was) on are refreshed. */
export const revalidateArticle: CollectionAfterChangeHook<Article> = async ({ doc, previousDoc, req }) => {
  // Drafts change nothing public; seeds, imports and scripts have no cache to tell (and should not pay for the lookups).
  if (req.context.draftSave === true || !shouldRevalidate(req)) return doc
  await revalidatePaths(req, await articlePaths(req, [previousDoc, doc]))
  return doc
}

export const revalidateDeletedArticle: CollectionAfterDeleteHook<Article> = async ({ doc, req }) => {
  if (!shouldRevalidate(req)) return
  await revalidatePaths(req, await articlePaths(req, [doc]))
}
