import { findSearchMatches, searchIndexState, type SearchOrder } from '@/db/search'
import type { Locale } from '@/i18n/locales'
import type { Piece } from '@/lib/arabic/normalize'
import { hasMatch, highlightWords } from '@/lib/search/highlight'
import { parseQuery } from '@/lib/search/query'

import { payloadClient } from './payload'

export const SEARCH_PAGE_SIZE = 10
export const MAX_QUERY_LENGTH = 200
/** Pages of results a reader can turn to: past these, a narrower query serves better than page 500. */
const MAX_PAGES = 100
/** Result pages kept in memory, the least recently asked for dropped first (a page is a few kilobytes). */
const PAGES_KEPT = 500

export type { SearchOrder }
export const SEARCH_ORDERS: readonly SearchOrder[] = ['relevance', 'newest']

export type SearchHit = {
  slug: string
  title: Piece[]
  excerpt: Piece[]
  section?: string
  publishedAt?: string
}

export type SearchResults = {
  query: string
  /** The query's words in normal form (empty when it had none to look for). */
  terms: string[]
  hits: SearchHit[]
  total: number
  page: number
  totalPages: number
  order: SearchOrder
  /** The query was cut to MAX_QUERY_LENGTH characters. */
  truncated: boolean
}

/** `?sort=` as the page receives it: newest first only when asked for, by name. */
export const searchOrderOf = (value: string | undefined): SearchOrder => (value === 'newest' ? 'newest' : 'relevance')

/**
 * Published articles holding every word of `query` (by stem, as whole words; quoted words in a row; the last
 * word also as the start of a longer one) in their title, standfirst, body, claims or places. Ranked by
 * relevance over the whole archive (newest first among equals), or newest first when `order` asks; one page,
 * with the matching words marked. An empty query finds nothing.
 */
export async function searchArticles(locale: Locale, rawQuery: string, page = 1, order: SearchOrder = 'relevance'): Promise<SearchResults> {
  const cut = rawQuery.slice(0, MAX_QUERY_LENGTH)
  if (!parseQuery(cut).parts.length) return findArticles(locale, rawQuery, page, order)
  const payload = await payloadClient()
  const now = new Date()
  const state = await searchIndexState(payload, locale, now.toISOString())
  // The words as typed (a trailing space says the last one is finished), the page and the order.
  const key = JSON.stringify([locale, order, Math.floor(page) || 1, cut, rawQuery.length > MAX_QUERY_LENGTH])
  const kept = keptPages.get(key)
  if (kept && kept.version === state.version && now.getTime() < kept.until) {
    // Asked for again: last in line to be dropped.
    keptPages.delete(key)
    keptPages.set(key, kept)
    return kept.results
  }
  const results = findArticles(locale, rawQuery, page, order)
  keptPages.set(key, { version: state.version, until: state.nextEmbargoEnd ? Date.parse(state.nextEmbargoEnd) : Number.POSITIVE_INFINITY, results })
  if (keptPages.size > PAGES_KEPT) keptPages.delete(keptPages.keys().next().value!)
  // A search that failed is not kept.
  results.catch(() => keptPages.get(key)?.results === results && keptPages.delete(key))
  return results
}

/**
 * Pages of results already worked out, each with the state of the index it was worked out under and the time
 * it stays right until (the next embargo to end): readers ask for the same words again and again, after a
 * major event most of all, and a kept page costs three index lookups instead of a ranking of thousands of
 * matches. Any entry written or removed, in this process or another (the reindex command, a second app
 * instance), changes the state and so retires every kept page. Kept while being worked out, so readers asking
 * at once share one search.
 */
const keptPages = new Map<string, { version: string; until: number; results: Promise<SearchResults> }>()

/** The same search worked out afresh, never kept: what a query no reader asked before costs (the bench times it). */
export async function findArticles(locale: Locale, rawQuery: string, page = 1, order: SearchOrder = 'relevance'): Promise<SearchResults> {
  const truncated = rawQuery.length > MAX_QUERY_LENGTH
  // Read before trimming: a space after the last word says it is finished.
  const cut = rawQuery.slice(0, MAX_QUERY_LENGTH)
  const query = cut.trim()
  const parsed = parseQuery(cut)
  const terms = [...new Set(parsed.parts.flatMap((part) => part.words))]
  const wanted = Math.min(Math.max(1, Math.floor(page) || 1), MAX_PAGES)
  const empty = { query, terms, hits: [], total: 0, page: 1, totalPages: 0, order, truncated }
  if (!parsed.parts.length) return empty

  const payload = await payloadClient()
  // The index is server-only (see SearchEntries); it holds nothing but published articles' public text.
  const request = { locale, parts: parsed.parts, now: new Date().toISOString(), limit: SEARCH_PAGE_SIZE, order }
  let current = wanted
  let found = await findSearchMatches(payload, { ...request, offset: (current - 1) * SEARCH_PAGE_SIZE })
  const totalPages = Math.min(Math.ceil(found.total / SEARCH_PAGE_SIZE), MAX_PAGES)
  if (!found.hits.length && totalPages && current > totalPages) {
    // A page past the end shows the last one.
    current = totalPages
    found = await findSearchMatches(payload, { ...request, offset: (current - 1) * SEARCH_PAGE_SIZE })
  }
  const hits = found.hits.map((entry) => {
    const inDek = highlightWords(entry.dek ?? '', parsed, 90)
    const inBody = highlightWords(entry.body ?? '', parsed, 90)
    const excerpt = hasMatch(inBody) || !hasMatch(inDek) ? inBody : inDek
    return {
      slug: entry.slug,
      title: highlightWords(entry.title, parsed),
      excerpt: hasMatch(excerpt) ? excerpt : [{ text: entry.dek ?? '', match: false }],
      section: entry.section ?? undefined,
      publishedAt: entry.publishedAt ?? undefined,
    }
  })
  return { query, terms, hits, total: found.total, page: totalPages ? current : 1, totalPages, order, truncated }
}
