import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { articlePages, revalidatePaths } from '@/data/revalidate'
import type { Claim } from '@/payload-types'

const articleOf = (claim: Claim) => (typeof claim.article === 'object' ? claim.article.id : claim.article)

/** Readers see a published article's claims as they are: a claim's change refreshes its article's pages. */
export const revalidateClaimArticle: CollectionAfterChangeHook<Claim> = ({ doc, req }) => {
  revalidatePaths(req, (committed) => articlePages(committed, articleOf(doc)))
  return doc
}

export const revalidateDeletedClaimArticle: CollectionAfterDeleteHook<Claim> = ({ doc, req }) => {
  revalidatePaths(req, (committed) => articlePages(committed, articleOf(doc)))
}
