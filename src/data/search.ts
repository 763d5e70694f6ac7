import { findSearchCandidates, type SearchCandidate } from '@/db/search'
import type { Locale } from '@/i18n/locales'
import { highlight, type Piece, queryTerms } from '@/lib/arabic/normalize'

import { payloadClient } from './payload'

export const SEARCH_PAGE_SIZE = 10
/** Candidates ranked per query: enough for any real question, bounded for an absurd one. */
const MAX_CANDIDATES = 200
export const MAX_QUERY_LENGTH = 200

export type SearchHit = {
  slug: string
  title: Piece[]
  excerpt: Piece[]
  section?: string
  publishedAt?: string
}

export type SearchResults = {
  query: string
  terms: string[]
  hits: SearchHit[]
  total: number
  page: number
  totalPages: number
  /** The query was cut to MAX_QUERY_LENGTH characters. */
  truncated: boolean
}

const occurrences = (text: string | null | undefined, term: string) => {
  if (!text) return 0
  let count = 0
  for (let at = text.indexOf(term); at >= 0 && count < 20; at = text.indexOf(term, at + term.length)) count++
  return count
}

/**
 * Title over standfirst over claims and places over body. Each term found in the body counts once: every
 * candidate matched, and its body is not read for ranking. The other parts count a few times at most.
 */
function score(entry: SearchCandidate, terms: string[]): number {
  return terms.reduce(
    (sum, term) =>
      sum +
      12 * Math.min(occurrences(entry.titleNorm, term), 2) +
      5 * Math.min(occurrences(entry.dekNorm, term), 2) +
      3 * Math.min(occurrences(entry.extraNorm, term), 3) +
      1,
    0,
  )
}

/**
 * Published articles matching every word of `query` (in normal form) anywhere in their title, standfirst,
 * body, claims or places, ranked, one page of them with the matches marked. An empty query finds nothing.
 */
export async function searchArticles(locale: Locale, rawQuery: string, page = 1): Promise<SearchResults> {
  const truncated = rawQuery.length > MAX_QUERY_LENGTH
  const query = rawQuery.slice(0, MAX_QUERY_LENGTH).trim()
  const terms = queryTerms(query)
  const empty = { query, terms, hits: [], total: 0, page: 1, totalPages: 0, truncated }
  if (!terms.length) return empty

  const payload = await payloadClient()
  // The index is server-only (see SearchEntries); it holds nothing but published articles' public text.
  // Ranking reads only the short normal forms; the body is read for the page's hits alone.
  const docs = await findSearchCandidates(payload, { locale, terms, now: new Date().toISOString(), limit: MAX_CANDIDATES })
  const ranked = docs
    .map((entry) => ({ entry, score: score(entry, terms) }))
    .sort((a, b) => b.score - a.score || (b.entry.publishedAt ?? '').localeCompare(a.entry.publishedAt ?? ''))

  const totalPages = Math.ceil(ranked.length / SEARCH_PAGE_SIZE)
  const current = Math.min(Math.max(1, Math.floor(page) || 1), Math.max(1, totalPages))
  const onPage = ranked.slice((current - 1) * SEARCH_PAGE_SIZE, current * SEARCH_PAGE_SIZE)
  const { docs: bodies } = onPage.length
    ? await payload.find({
        collection: 'search-entries',
        where: { id: { in: onPage.map(({ entry }) => entry.id) } },
        overrideAccess: true,
        depth: 0,
        limit: onPage.length,
        pagination: false,
        select: { body: true },
      })
    : { docs: [] }
  const bodyOf = new Map(bodies.map((doc) => [String(doc.id), doc.body ?? '']))
  const hits = onPage.map(({ entry }) => {
    const inDek = highlight(entry.dek ?? '', terms, 90)
    const inBody = highlight(bodyOf.get(String(entry.id)) ?? '', terms, 90)
    const excerpt = inBody.some((piece) => piece.match) || !inDek.some((piece) => piece.match) ? inBody : inDek
    return {
      slug: entry.slug,
      title: highlight(entry.title, terms),
      excerpt: excerpt.some((piece) => piece.match) ? excerpt : highlight(entry.dek ?? '', []),
      section: entry.section ?? undefined,
      publishedAt: entry.publishedAt ?? undefined,
    }
  })
  return { query, terms, hits, total: ranked.length, page: current, totalPages, truncated }
}
