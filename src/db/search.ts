import { sql } from '@payloadcms/db-sqlite'
import type { Payload, Where } from 'payload'

import { rawSqlite } from './sqlite'

// Finding the search entries whose text contains every query term. The meaning is Payload's `like` on the
// entry's normal form (each term a substring, in any order), on both databases; SQLite answers it from an
// FTS5 trigram index over that column (migrations/…_read_indexes) instead of reading every entry.

/** SQLite's FTS index over search_entries.all_norm, kept by triggers on that table. */
export const SEARCH_FTS_TABLE = 'search_entries_fts'
/** The trigram index finds terms of at least this many characters; shorter ones are checked row by row. */
const TRIGRAM = 3
/**
 * The index hands over its newest matches first (highest entry ids) and stops at this many times the limit:
 * a word in most reports costs as little as a rare one, and enough remain after the language and embargo filters.
 */
const WINDOW = 4

export type SearchQuery = { locale: string; terms: string[]; now: string; limit: number }

/** What ranking reads of an entry: its public text and the short normal forms (never the body). */
export type SearchCandidate = {
  id: number | string
  slug: string
  title: string
  dek?: string | null
  section?: string | null
  publishedAt?: string | null
  titleNorm?: string | null
  dekNorm?: string | null
  extraNorm?: string | null
}

const phrase = (term: string) => `"${term.replace(/"/g, '""')}"`
const likeable = (term: string) => `%${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`

/** The matching entries of one locale, past any embargo, newest first, at most `limit`. */
export async function findSearchCandidates(payload: Payload, { locale, terms, now, limit }: SearchQuery): Promise<SearchCandidate[]> {
  if (!terms.length) return []
  if (payload.db.name !== 'sqlite') {
    const where: Where = {
      and: [{ locale: { equals: locale } }, { allNorm: { like: terms.join(' ') } }, { or: [{ embargoUntil: { exists: false } }, { embargoUntil: { less_than_equal: now } }] }],
    }
    const select = { slug: true, title: true, dek: true, section: true, publishedAt: true, titleNorm: true, dekNorm: true, extraNorm: true } as const
    const { docs } = await payload.find({ collection: 'search-entries', where, overrideAccess: true, depth: 0, limit, pagination: false, sort: '-publishedAt', select })
    return docs
  }
  const indexed = terms.filter((term) => [...term].length >= TRIGRAM)
  const short = terms.filter((term) => [...term].length < TRIGRAM)
  const conditions = [sql`e.locale = ${locale}`, sql`(e.embargo_until IS NULL OR e.embargo_until <= ${now})`]
  if (indexed.length) {
    conditions.push(
      sql`e.id IN (SELECT rowid FROM ${sql.raw(SEARCH_FTS_TABLE)} WHERE ${sql.raw(SEARCH_FTS_TABLE)} MATCH ${indexed.map(phrase).join(' AND ')} ORDER BY rowid DESC LIMIT ${limit * WINDOW})`,
    )
  }
  for (const term of short) conditions.push(sql`e.all_norm LIKE ${likeable(term)} ESCAPE '\\'`)
  // The index is written by the server alone and read by nobody else (src/collections/SearchEntries): plain rows.
  return rawSqlite(payload).all<SearchCandidate>(
    sql`SELECT e.id AS id, e.slug AS slug, e.title AS title, e.dek AS dek, e.section AS section, e.published_at AS publishedAt,
      e.title_norm AS titleNorm, e.dek_norm AS dekNorm, e.extra_norm AS extraNorm
      FROM search_entries e WHERE ${sql.join(conditions, sql` AND `)} ORDER BY e.published_at DESC LIMIT ${limit}`,
  )
}
