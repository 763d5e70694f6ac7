import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeDeleteHook } from 'payload'

import { afterCommit } from '@/db/afterCommit'
import type { Article, Claim, Place } from '@/payload-types'
import { idOf } from '@/lib/ids'

import { indexArticle, indexArticlesAt } from './indexArticle'

// The index follows what was committed: it is brought up to date once the save commits, outside its transaction.
const reindexAfterCommit = (req: Parameters<typeof indexArticle>[0], articles: (number | undefined)[]) => {
  const ids = [...new Set(articles.filter((id): id is number => id != null))]
  if (ids.length) afterCommit(req, 'search index', async (committed) => {
    for (const id of ids) await indexArticle(committed, id)
  })
}

/** A save that reaches the live article (publish, unpublish, a published edit) updates the search index. */
export const reindexArticle: CollectionAfterChangeHook<Article> = ({ doc, req }) => {
  if (req.context.draftSave !== true) reindexAfterCommit(req, [doc.id])
  return doc
}

/** Before the article goes: its index entries refer to it. */
export const unindexArticle: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'search-entries', where: { article: { equals: id } }, overrideAccess: true, req })
}

/** Readers search the claims they can see: a claim's change re-indexes its article. */
export const reindexClaimArticle: CollectionAfterChangeHook<Claim> = ({ doc, previousDoc, req }) => {
  reindexAfterCommit(req, [idOf(doc.article), idOf(previousDoc?.article)])
  return doc
}

export const reindexDeletedClaimArticle: CollectionAfterDeleteHook<Claim> = ({ doc, req }) => {
  reindexAfterCommit(req, [idOf(doc.article)])
}

/** A place's names are searchable on its articles: renaming it re-indexes them. */
export const reindexPlaceArticles: CollectionAfterChangeHook<Place> = ({ doc, operation, req }) => {
  if (operation === 'update') afterCommit(req, 'search index', (committed) => indexArticlesAt(committed, doc.id))
  return doc
}
