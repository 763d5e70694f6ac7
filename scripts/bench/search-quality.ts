// Search quality and search time in this process, on the bench's fresh corpus (scripts/bench/run.ts starts this
// file with the bench database's environment, before the server starts). Two methods answer the judged queries of
// search-judged.ts: the app's (src/data/search.ts: whole words by stem, BM25 over the whole archive) and the one
// it replaced, rebuilt here as it was: each query word a substring of the entry's normal form, found in a
// trigram index that hands over its newest 4 × 200 matches (about 400 reports of one locale), ranked by counts
// in title, standfirst and claims. Both use today's normal form (src/lib/arabic/normalize), so the difference
// is the matching and the ranking alone. Prints nothing; writes recall@10, MRR and timings to `--out`.
import fs from 'node:fs'
import { parseArgs } from 'node:util'

import { sql } from '@payloadcms/db-sqlite'
import { getPayload, type Payload } from 'payload'

import { findArticles, SEARCH_PAGE_SIZE, searchArticles } from '@/data/search'
import { rawSqlite } from '@/db/sqlite'
import { highlight, normalizeArabic, queryTerms } from '@/lib/arabic/normalize'

import config from '../../payload.config'
import type { CorpusFile } from './corpus'
import { generateArticle, searchTopics, topicReports } from './generator'
import { percentile } from './load'
import { judgedQueries, type JudgedQuery, METHODS, type QualityRow, SEARCH_WORDS, type SearchQualityReport, type SearchTimeRow } from './search-judged'

const TIMED_RUNS = 5
const BASELINE = 'bench_baseline_entries'
const TRIGRAM = 3
// The old index held both locales' entries: its 4 × 200 newest were about 400 reports of one.
const WINDOW = (4 * 200) / 2
const CANDIDATES = 200

type Ranked = (number | undefined)[]

/** The old method's entries: one per report, in normal form, under a trigram index, in ascending report order. */
async function buildBaseline(payload: Payload, total: number) {
  const db = rawSqlite(payload)
  await db.run(sql.raw(`DROP TABLE IF EXISTS ${BASELINE}_fts`))
  await db.run(sql.raw(`DROP TABLE IF EXISTS ${BASELINE}`))
  await db.run(sql.raw(`CREATE TABLE ${BASELINE} (id INTEGER PRIMARY KEY, published_at TEXT, title TEXT, dek TEXT, body TEXT, title_norm TEXT, dek_norm TEXT, extra_norm TEXT, all_norm TEXT)`))
  const now = Date.now()
  for (let first = 0; first < total; first += 500) {
    await db.run(sql.raw('BEGIN'))
    for (let index = first; index < Math.min(total, first + 500); index++) {
      const article = generateArticle(index, total)
      const body = article.text.replace(/^## /gm, '')
      const extra = [...article.claims.map((claim) => claim.quote)].join(' \n ')
      const at = new Date(now - (total - index) * 60_000).toISOString()
      const all = normalizeArabic([article.title, article.dek, body, extra].join(' \n '))
      await db.run(
        sql`INSERT INTO ${sql.raw(BASELINE)} VALUES (${index + 1}, ${at}, ${article.title}, ${article.dek}, ${body}, ${normalizeArabic(article.title)}, ${normalizeArabic(article.dek)}, ${normalizeArabic(extra)}, ${all})`,
      )
    }
    await db.run(sql.raw('COMMIT'))
  }
  await db.run(sql.raw(`CREATE VIRTUAL TABLE ${BASELINE}_fts USING fts5(all_norm, content='${BASELINE}', content_rowid='id', tokenize='trigram')`))
  await db.run(sql.raw(`INSERT INTO ${BASELINE}_fts(${BASELINE}_fts) VALUES ('rebuild')`))
  return async () => {
    await db.run(sql.raw(`DROP TABLE ${BASELINE}_fts`))
    await db.run(sql.raw(`DROP TABLE ${BASELINE}`))
  }
}

const occurrences = (text: string | null, term: string) => {
  let count = 0
  for (let at = text ? text.indexOf(term) : -1; text && at >= 0 && count < 20; at = text.indexOf(term, at + term.length)) count++
  return count
}

type BaselineRow = { id: number; publishedAt: string; title: string; dek: string; titleNorm: string; dekNorm: string; extraNorm: string }

/** The old method's first page for `query`: report indexes, best first (its page highlighted, as the page did). */
async function baselineSearch(payload: Payload, query: string): Promise<Ranked> {
  const terms = queryTerms(query)
  if (!terms.length) return []
  const indexed = terms.filter((term) => [...term].length >= TRIGRAM)
  const conditions = indexed.length
    ? [sql`id IN (SELECT rowid FROM ${sql.raw(`${BASELINE}_fts`)} WHERE ${sql.raw(`${BASELINE}_fts`)} MATCH ${indexed.map((term) => `"${term.replace(/"/g, '""')}"`).join(' AND ')} ORDER BY rowid DESC LIMIT ${WINDOW})`]
    : []
  for (const term of terms.filter((term) => [...term].length < TRIGRAM)) conditions.push(sql`all_norm LIKE ${`%${term}%`}`)
  const rows = await rawSqlite(payload).all<BaselineRow>(
    sql`SELECT id, published_at AS publishedAt, title, dek, title_norm AS titleNorm, dek_norm AS dekNorm, extra_norm AS extraNorm FROM ${sql.raw(BASELINE)}
      WHERE ${sql.join(conditions, sql` AND `)} ORDER BY published_at DESC LIMIT ${CANDIDATES}`,
  )
  const score = (row: BaselineRow) =>
    terms.reduce((sum, term) => sum + 12 * Math.min(occurrences(row.titleNorm, term), 2) + 5 * Math.min(occurrences(row.dekNorm, term), 2) + 3 * Math.min(occurrences(row.extraNorm, term), 3) + 1, 0)
  const page = rows
    .map((row) => ({ row, score: score(row) }))
    .sort((a, b) => b.score - a.score || b.row.publishedAt.localeCompare(a.row.publishedAt))
    .slice(0, SEARCH_PAGE_SIZE)
  const ids = page.map(({ row }) => row.id)
  const bodies = ids.length ? await rawSqlite(payload).all<{ id: number; body: string }>(sql`SELECT id, body FROM ${sql.raw(BASELINE)} WHERE id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`) : []
  for (const { row } of page) {
    highlight(row.title, terms)
    highlight(bodies.find((entry) => entry.id === row.id)?.body ?? row.dek, terms, 90)
  }
  return ids.map((id) => id - 1)
}

/** Recall of the first page (relevant found ÷ relevant that fit on it) and the reciprocal rank of the first relevant one. */
function judge(ranked: Ranked, relevant: Set<number>) {
  const page = ranked.filter((index): index is number => index !== undefined).slice(0, SEARCH_PAGE_SIZE)
  // A report listed twice (say, through two of its entries) is found once.
  const found = new Set(page.filter((index) => relevant.has(index))).size
  const first = page.findIndex((index) => relevant.has(index))
  return { recall: found / Math.min(SEARCH_PAGE_SIZE, relevant.size), reciprocal: first < 0 ? 0 : 1 / (first + 1) }
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now()
  const value = await work()
  return { value, ms: performance.now() - started }
}

async function main() {
  const { values } = parseArgs({ options: { corpus: { type: 'string' }, out: { type: 'string' } } })
  const corpus = JSON.parse(fs.readFileSync(values.corpus!, 'utf8')) as CorpusFile
  const total = corpus.articles.length
  const indexOfSlug = new Map(corpus.articles.map((article, index) => [article.slug, index]))
  const payload = await getPayload({ config })
  const dropBaseline = await buildBaseline(payload, total)

  const relevantFor = (query: JudgedQuery) => new Set(topicReports(searchTopics.findIndex((topic) => topic.key === query.topic), total))
  // The demo newsroom's own articles are not judged: they are left out, and the app's second page fills the first.
  const judgedPage = async (query: string) => [...(await methods.words(query)), ...(await searchArticles('ar', query, 2)).hits.map((hit) => indexOfSlug.get(hit.slug))]
  const methods = {
    words: async (query: string) => (await searchArticles('ar', query)).hits.map((hit) => indexOfSlug.get(hit.slug)),
    baseline: (query: string) => baselineSearch(payload, query),
  }
  const quality: QualityRow[] = []
  const times: SearchTimeRow[] = []
  const misses: SearchQualityReport['misses'] = []
  for (const [key, search] of Object.entries(methods) as [keyof typeof METHODS, (query: string) => Promise<Ranked>][]) {
    const judged: { kind: string; recall: number; reciprocal: number }[] = []
    for (const query of judgedQueries) {
      const result = judge(await (key === 'words' ? judgedPage : search)(query.query), relevantFor(query))
      judged.push({ kind: query.kind, ...result })
      if (result.recall < 1) misses.push({ method: METHODS[key], query: query.query.trim(), recallAt10: result.recall })
    }
    const row = (kind: string, rows: typeof judged) => ({
      method: METHODS[key],
      kind,
      queries: rows.length,
      recallAt10: rows.reduce((sum, entry) => sum + entry.recall, 0) / rows.length,
      mrr: rows.reduce((sum, entry) => sum + entry.reciprocal, 0) / rows.length,
    })
    quality.push(row('all', judged))
    for (const kind of [...new Set(judgedQueries.map((query) => query.kind))]) quality.push(row(kind, judged.filter((entry) => entry.kind === kind)))

    // One query at a time, each asked TIMED_RUNS times after a first uncounted one, worked out afresh each time:
    // the app keeps pages asked for before (src/data/search.ts), which would time a lookup, not a search.
    const afresh: (query: string) => Promise<unknown> = key === 'words' ? (query) => findArticles('ar', query) : search
    const ms: number[] = []
    for (const query of [...judgedQueries.map((entry) => entry.query), ...SEARCH_WORDS]) {
      await afresh(query)
      for (let run = 0; run < TIMED_RUNS; run++) ms.push((await timed(() => afresh(query))).ms)
    }
    ms.sort((a, b) => a - b)
    times.push({ method: METHODS[key], queries: ms.length, p50: percentile(ms, 0.5), p95: percentile(ms, 0.95), max: ms.at(-1) ?? Number.NaN })
  }
  await dropBaseline()
  const report: SearchQualityReport = { queries: judgedQueries.length, relevantPerQuery: relevantFor(judgedQueries[0]).size, quality, times, misses }
  fs.writeFileSync(values.out!, JSON.stringify(report))
  process.exit(0)
}

main().catch((error) => {
  console.error('[bench] فشل قياس جودة البحث / measuring search quality failed:', error)
  process.exit(1)
})
