// One ClaimReview per published claim (schema.org, as fact-check search reads it): what was claimed, by
// whom and where, and what we found. docs/claim-review.md says where each field comes from.

import { truthRating } from './claims/rating'
import type { Verdict } from './claims/verdicts'

/** A claim's entry in the sources panel: the page's anchor, the ClaimReview's `@id` and `url`. */
export const claimAnchor = (id: number | string) => `claim-${id}`

export type ReviewedClaim = {
  id: number | string
  /** The claim as a sentence (Claims.text), never the passage marked in the prose (Claims.anchor.quote). */
  text: string
  verdict: Verdict
  /** The verdict in words, in the page's language. */
  verdictLabel: string
  /** Who made the claim: a named source with its own addresses, or an unnamed one by its description. */
  author?: { name: string; type: 'Person' | 'Organization'; links: string[] }
  evidence: { url?: string; archivedUrl?: string; accessedAt?: string }[]
  checkedAt?: string
}

export type Appearance = { url: string; archivedAt?: string; seenAt?: string }

export type ClaimAppearances = { appearances: Appearance[]; firstSeenAt?: string }

const hostOf = (url: URL) => url.hostname.replace(/^www\./, '')

/** Whether `address` is on the claimant's page `page` (its site, or its account on a shared one). */
function isUnder(address: string, page: string): boolean {
  try {
    const [url, base] = [new URL(address), new URL(page)]
    const path = base.pathname.replace(/\/+$/, '')
    return hostOf(url) === hostOf(base) && (!path || url.pathname === path || url.pathname.startsWith(`${path}/`))
  } catch {
    return false
  }
}

const seenOrder = (a: Appearance, b: Appearance) => (a.seenAt && b.seenAt ? a.seenAt.localeCompare(b.seenAt) : a.seenAt ? -1 : b.seenAt ? 1 : 0)

/**
 * Where the claim was made, earliest seen first, and when the newsroom first saw or heard it made. Evidence behind
 * an «منسوب لقائله» verdict records that it was said, so every row is its statement (one without an address, a
 * conversation say, still dates it); behind any other verdict only rows on the claimant's own pages are (the rest
 * are what we checked it against). Without a statement's address, the claimant's own pages.
 */
export function claimAppearances(claim: ReviewedClaim): ClaimAppearances {
  const own = claim.author?.links ?? []
  const statements = claim.evidence.filter((item) => {
    const url = item.url ?? item.archivedUrl
    return claim.verdict === 'attributed' || Boolean(url && own.some((page) => isUnder(url, page)))
  })
  const firstSeenAt = statements.flatMap((item) => (item.accessedAt ? [item.accessedAt] : [])).sort()[0]
  const addressed = statements.flatMap((item) => {
    const url = item.url ?? item.archivedUrl
    return url ? [{ url, archivedAt: item.url ? item.archivedUrl : undefined, seenAt: item.accessedAt }] : []
  })
  return { appearances: addressed.length ? addressed.sort(seenOrder) : own.map((url) => ({ url })), firstSeenAt }
}

const creativeWork = ({ url, archivedAt }: Appearance) => ({ '@type': 'CreativeWork', url, ...(archivedAt ? { archivedAt } : {}) })

/** The later of two ISO dates: a claim checked before publication was reviewed in public when the article came out. */
const later = (a?: string, b?: string) => (a && b ? (Date.parse(a) >= Date.parse(b) ? a : b) : (a ?? b))

type ReviewPage = { url: string; datePublished?: string; publisher: Record<string, unknown> }

export function claimReview(claim: ReviewedClaim, page: ReviewPage) {
  const address = `${page.url}#${claimAnchor(claim.id)}`
  const { appearances, firstSeenAt } = claimAppearances(claim)
  const [first] = appearances
  const author = claim.author
  return {
    '@type': 'ClaimReview',
    '@id': address,
    url: address,
    claimReviewed: claim.text,
    datePublished: later(claim.checkedAt, page.datePublished),
    author: page.publisher,
    itemReviewed: {
      '@type': 'Claim',
      ...(author ? { author: { '@type': author.type, name: author.name, ...(author.links.length ? { sameAs: author.links } : {}) } } : {}),
      // No field holds the statement's own date: the day the newsroom first saw it made is the closest on record.
      ...(firstSeenAt ? { datePublished: firstSeenAt } : {}),
      ...(first ? { appearance: appearances.map(creativeWork), firstAppearance: creativeWork(first) } : {}),
    },
    reviewRating: { '@type': 'Rating', alternateName: claim.verdictLabel, ...truthRating(claim.verdict) },
  }
}
