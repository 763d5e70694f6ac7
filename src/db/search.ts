import { sql } from '@payloadcms/db-sqlite'
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { Payload } from 'payload'

import type { QueryPart } from '@/lib/search/query'

import { collectionState } from './changes'
import { rawSqlite } from './sqlite'

// Finding and ranking the search entries that hold every part of a query, over the whole archive. Both databases
// index the entries' analysed text (stems, src/lib/arabic/analyze) field by field and rank by it with the
// weights below: SQLite with FTS5 and BM25 (migrations/…_search_stems), MongoDB with a text index and its text
// score (migrations/mongodb). Newest first breaks ties, or orders everything when the reader asks.

/** SQLite's FTS5 index over the analysed columns of search_entries, kept by triggers on that table. */
export const SEARCH_FTS_TABLE = 'search_entries_fts'

/** The analysed fields, in the FTS5 table's column order, with their weights: title › standfirst › claims and places › body. */
export const SEARCH_FIELDS = [
  { field: 'titleStems', column: 'title_stems', weight: 10 },
  { field: 'dekStems', column: 'dek_stems', weight: 5 },
  { field: 'extraStems', column: 'extra_stems', weight: 3 },
  { field: 'bodyStems', column: 'body_stems', weight: 1 },
] as const

export type SearchOrder = 'relevance' | 'newest'

export type SearchRequest = { locale: string; parts: QueryPart[]; now: string; limit: number; offset: number; order: SearchOrder }

/** What the results page shows of an entry. */
export type SearchEntryHit = {
  id: number | string
  slug: string
  title: string
  dek?: string | null
  body?: string | null
  section?: string | null
  publishedAt?: string | null
}

export type SearchMatches = { total: number; hits: SearchEntryHit[] }

const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`

/** One part as an FTS5 query: a phrase of its stems; a word being typed also as the start of a longer one. */
function ftsPart({ stems, prefix }: QueryPart): string {
  const phrase = quoted(stems.join(' '))
  if (!prefix) return phrase
  return stems.length === 1 ? `(${phrase} OR ${phrase}*)` : `${phrase}*`
}

/** The FTS5 MATCH expression that needs every part (exported for the bench's baseline and for tests). */
export const ftsExpression = (parts: QueryPart[]) => parts.map(ftsPart).join(' AND ')

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A part as a pattern over analysed text (stems separated by single spaces): whole words, or a word's start. */
export const stemPattern = ({ stems, prefix }: QueryPart) => `(?:^| )${stems.map(escapeRegex).join(' ')}${prefix ? '' : '(?: |$)'}`

/** One page of the entries of `locale`, past any embargo, holding every part; with how many there are in all. */
export async function findSearchMatches(payload: Payload, request: SearchRequest): Promise<SearchMatches> {
  if (!request.parts.length) return { total: 0, hits: [] }
  return payload.db.name === 'sqlite' ? findInSqlite(payload, request) : findInMongo(payload, request)
}

/**
 * What the index holds now, in a few words: `version` changes with every entry written or removed, and
 * `nextEmbargoEnd` is when an entry of `locale` still under embargo comes out. A page of results worked out
 * under one version stays right until the version changes or that time comes: src/data/search.ts keeps pages
 * by it. Each part is read from an index, in microseconds.
 */
export async function searchIndexState(payload: Payload, locale: string, now: string): Promise<{ version: string; nextEmbargoEnd: string | null }> {
  const version = await collectionState(payload, 'search-entries')
  if (payload.db.name === 'sqlite') {
    const [row] = await rawSqlite(payload).all<{ embargo: string | null }>(
      sql`SELECT min(embargo_until) AS embargo FROM search_entries WHERE locale = ${locale} AND embargo_until > ${now}`,
    )
    return { version, nextEmbargoEnd: row?.embargo ?? null }
  }
  const model = (payload.db as unknown as MongooseAdapter).collections['search-entries']
  const embargoed = await model.findOne({ locale, embargoUntil: { $gt: new Date(now) } }, { embargoUntil: 1 }).sort({ embargoUntil: 1 }).lean<{ embargoUntil?: Date }>()
  return { version, nextEmbargoEnd: embargoed?.embargoUntil ? new Date(embargoed.embargoUntil).toISOString() : null }
}

async function findInSqlite(payload: Payload, { locale, parts, now, limit, offset, order }: SearchRequest): Promise<SearchMatches> {
  const fts = sql.raw(SEARCH_FTS_TABLE)
  const rank = sql.raw(`bm25(${SEARCH_FTS_TABLE}, ${SEARCH_FIELDS.map((entry) => entry.weight).join(', ')})`)
  const orderBy = (table: string) => sql.raw(order === 'newest' ? `${table}at DESC, ${table}id DESC` : `${table}rank, ${table}at DESC, ${table}id DESC`)
  // BM25 is worked out in the full-text query itself (SQLite allows it nowhere else); the page is then ranked
  // over ids and short columns only, and the bodies are read for its hits alone.
  const rows = await rawSqlite(payload).all<SearchEntryHit & { total: number }>(
    sql`WITH matched AS MATERIALIZED (SELECT rowid AS id, ${rank} AS rank FROM ${fts} WHERE ${fts} MATCH ${ftsExpression(parts)}),
      page AS (
        SELECT e.id AS id, e.published_at AS at, matched.rank AS rank, count(*) OVER () AS total
        FROM matched JOIN search_entries e ON e.id = matched.id
        WHERE e.locale = ${locale} AND (e.embargo_until IS NULL OR e.embargo_until <= ${now})
        ORDER BY ${orderBy('')} LIMIT ${limit} OFFSET ${offset}
      )
      SELECT e.id AS id, e.slug AS slug, e.title AS title, e.dek AS dek, e.body AS body, e.section AS section,
        e.published_at AS publishedAt, page.total AS total
      FROM page JOIN search_entries e ON e.id = page.id ORDER BY ${orderBy('page.')}`,
  )
  if (rows.length || offset === 0) return { total: Number(rows[0]?.total ?? 0), hits: rows.map(({ total: _total, ...hit }) => hit) }
  // Past the last page: the count alone.
  const [counted] = await rawSqlite(payload).all<{ total: number }>(
    // The matches first, as above: joined straight to the entries, SQLite would look each entry up in the index.
    sql`WITH matched AS MATERIALIZED (SELECT rowid AS id FROM ${fts} WHERE ${fts} MATCH ${ftsExpression(parts)})
      SELECT count(*) AS total FROM matched JOIN search_entries e ON e.id = matched.id
      WHERE e.locale = ${locale} AND (e.embargo_until IS NULL OR e.embargo_until <= ${now})`,
  )
  return { total: Number(counted?.total ?? 0), hits: [] }
}

/**
 * MongoDB: the text index (language `none`: our own analysis, no stemming or stop words of its own) finds the
 * entries holding any whole word and scores them; each part is then required, in order and as whole words,
 * by a pattern over the analysed fields. A query of one word still being typed has no whole word: newest first.
 */
async function findInMongo(payload: Payload, { locale, parts, now, limit, offset, order }: SearchRequest): Promise<SearchMatches> {
  const model = (payload.db as unknown as MongooseAdapter).collections['search-entries']
  const words = parts.filter((part) => !part.prefix).flatMap((part) => part.stems)
  const text = words.length ? [{ $text: { $search: words.join(' ') } }] : []
  const everyPart = parts.map((part) => ({ $or: SEARCH_FIELDS.map(({ field }) => ({ [field]: { $regex: stemPattern(part) } })) }))
  const filter = {
    $and: [...text, { locale }, { $or: [{ embargoUntil: null }, { embargoUntil: { $lte: new Date(now) } }] }, ...everyPart],
  }
  const byScore = words.length && order === 'relevance'
  const projection = { slug: 1, title: 1, dek: 1, body: 1, section: 1, publishedAt: 1, ...(byScore ? { score: { $meta: 'textScore' } } : {}) }
  const sort: Record<string, 1 | -1 | { $meta: 'textScore' }> = byScore ? { score: { $meta: 'textScore' }, publishedAt: -1 } : { publishedAt: -1 }
  const [total, docs] = await Promise.all([
    model.countDocuments(filter),
    model.find(filter, projection).sort(sort).skip(offset).limit(limit).lean<Record<string, unknown>[]>(),
  ])
  const hits = docs.map((doc) => ({
    id: String(doc._id),
    slug: String(doc.slug ?? ''),
    title: String(doc.title ?? ''),
    dek: (doc.dek as string | undefined) ?? null,
    body: (doc.body as string | undefined) ?? null,
    section: (doc.section as string | undefined) ?? null,
    publishedAt: doc.publishedAt instanceof Date ? doc.publishedAt.toISOString() : ((doc.publishedAt as string | undefined) ?? null),
  }))
  return { total, hits }
}
