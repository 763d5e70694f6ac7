import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { articlePaths, revalidatePaths } from '@/data/revalidate'
import type { Article } from '@/payload-types'

/** Publish, unpublish, a correction or a new slug: the pages and feeds the article is (or was) on are refreshed. */
export const revalidateArticle: CollectionAfterChangeHook<Article> = async ({ doc, previousDoc, req }) => {
  if (req.context.draftSave === true) return doc
  await revalidatePaths(req, await articlePaths(req, [previousDoc, doc]))
  return doc
}

export const revalidateDeletedArticle: CollectionAfterDeleteHook<Article> = async ({ doc, req }) => {
  await revalidatePaths(req, await articlePaths(req, [doc]))
}
