import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeDeleteHook } from 'payload'

import type { Article, Claim, Place } from '@/payload-types'

import { indexArticle, indexArticlesAt } from './indexArticle'

const idOf = (value: unknown) => (typeof value === 'object' && value ? (value as { id: number }).id : (value as number | undefined))

/** A save that reaches the live article (publish, unpublish, a published edit) updates the search index. */
export const reindexArticle: CollectionAfterChangeHook<Article> = async ({ doc, req }) => {
  if (req.context.draftSave === true) return doc
  await indexArticle(req, doc.id)
  return doc
}

/** Before the article goes: its index entries refer to it. */
export const unindexArticle: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'search-entries', where: { article: { equals: id } }, overrideAccess: true, req })
}

/** Readers search the claims they can see: a claim's change re-indexes its article. */
export const reindexClaimArticle: CollectionAfterChangeHook<Claim> = async ({ doc, previousDoc, req }) => {
  const article = idOf(doc.article)
  if (article != null) await indexArticle(req, article)
  const before = idOf(previousDoc?.article)
  if (before != null && before !== article) await indexArticle(req, before)
  return doc
}

export const reindexDeletedClaimArticle: CollectionAfterDeleteHook<Claim> = async ({ doc, req }) => {
  const article = idOf(doc.article)
  if (article != null) await indexArticle(req, article)
}

/** A place's names are searchable on its articles: renaming it re-indexes them. */
export const reindexPlaceArticles: CollectionAfterChangeHook<Place> = async ({ doc, operation, req }) => {
  if (operation === 'update') await indexArticlesAt(req, doc.id)
  return doc
}
