// The benchmark corpus: `--articles N` published Arabic reports with their claims, written into the database
// DATABASE_URI names (a fresh, migrated and seeded one: scripts/bench/run.ts starts this file with that
// environment). Writes the articles' ids and slugs, and how fast they were written, to `--out`.
// Through every hook a report costs 80–120 ms on our 2-core machines (half an hour for 20,000), so after
// timing the first 100 the rest are written in bulk: payload.db and indexArticle, a batch of reports in
// one transaction; `--hooks` writes them all through the hooks.
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import { parseArgs } from 'node:util'

import { commitTransaction, createLocalReq, getPayload, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import { settleAfterCommitWork } from '@/db/afterCommit'
import { indexArticle } from '@/collections/SearchEntries/indexArticle'
import { localeCodes } from '@/i18n/locales'
import { lexicalFromText, markQuote, textFromLexical } from '@/lib/lexical'
import { slugify } from '@/lib/slugify'

import config from '../../payload.config'
import { benchSources, generateArticle, type GeneratedArticle, type GeneratedClaim } from './generator'

export type InsertRate = { path: 'hooks' | 'direct'; articles: number; msPerArticle: number }
export type CorpusFile = { token: string; articles: { id: number; slug: string }[]; rates: InsertRate[]; searchEntries: number; claims: number }

// System writes (no user) skip the workflow gate; disableRevalidate because no Next server is running.
const context = { disableRevalidate: true }
// Reports written in one transaction by the bulk path: one commit (and one sync to disk) per batch.
const BATCH = 50
const PROGRESS_EVERY = 1000
// The first reports go through every hook, timed; slower than this per report, the rest are written directly.
const CALIBRATION = 100
const DIRECT_ABOVE_MS = 20

type Ids = Record<string, number>

type Newsroom = { users: Ids; sections: Ids; tags: Ids; places: Ids; sources: Ids; media: number[] }

/** The seed's people, sections, tags, places and images the corpus files its reports under. */
async function readNewsroom(payload: Payload): Promise<Newsroom> {
  const bySlug = async (collection: 'sections' | 'tags' | 'places') => {
    const { docs } = await payload.find({ collection, limit: 100, pagination: false, depth: 0, locale: 'ar' })
    return Object.fromEntries(docs.map((doc) => [doc.slug ?? '', doc.id])) as Ids
  }
  const { docs: people } = await payload.find({ collection: 'users', limit: 100, pagination: false, depth: 0 })
  const { docs: images } = await payload.find({ collection: 'media', limit: 20, pagination: false, depth: 0 })
  const users = Object.fromEntries(people.map((person) => [person.email.split('@')[0], person.id])) as Ids
  const [sections, tags, places] = await Promise.all([bySlug('sections'), bySlug('tags'), bySlug('places')])
  return { users, sections, tags, places, sources: await upsertSources(payload), media: images.map((image) => image.id) }
}

/** The claimants' registry entries: the seed's four found by name, the others created once. */
async function upsertSources(payload: Payload): Promise<Ids> {
  const ids: Ids = {}
  for (const entry of benchSources) {
    const { docs } = await payload.find({ collection: 'sources', where: { name: { equals: entry.registryName } }, locale: 'ar', limit: 1, depth: 0 })
    const doc =
      docs[0] ??
      (await payload.create({
        collection: 'sources',
        locale: 'ar',
        context,
        data: {
          name: entry.registryName,
          kind: entry.kind as never,
          partyToConflict: entry.partyToConflict,
          conflict: entry.partyToConflict ? 'النزاع في مالي / Mali conflict' : undefined,
          affiliation: entry.affiliation ? ids[entry.affiliation] : undefined,
        },
      }))
    ids[entry.key] = doc.id
  }
  return ids
}

/** A slug no other report has, in this run only: Next's cache from an earlier run never answers for it. */
function slugFor(article: GeneratedArticle, index: number, token: string): string {
  let base = ''
  for (const word of slugify(article.title).split('-')) {
    if ((base ? base.length + 1 : 0) + word.length > 56) break
    base = base ? `${base}-${word}` : word
  }
  return `${base}-${index + 1}-${token}`
}

// The seed's section, tag and place slugs by the generator's keys (slugs are the Arabic names).
const SECTION_SLUGS: Record<string, string> = { sahel: 'الساحل', background: 'خلفيات' }
const TAG_SLUGS: Record<string, string> = { mali: 'مالي', mopti: 'موبتي', kidal: 'كيدال', 'armed-groups': slugify('الجماعات المسلحة') }
const PLACE_SLUGS: Record<string, string> = { dioura: 'جورا', mopti: 'موبتي', macina: 'ماسينا', kidal: 'كيدال', bamako: 'باماكو' }

const STAGES = [
  { from: null, to: 'draft', by: 'writer' },
  { from: 'draft', to: 'inEdit', by: 'writer' },
  { from: 'inEdit', to: 'factCheck', by: 'editor' },
  { from: 'factCheck', to: 'approved', by: 'checker' },
  { from: 'approved', to: 'published', by: 'editor' },
] as const

/** Report `index` with what both write paths store alike: filing, people, and the moves that led to publication. */
function prepare(newsroom: Newsroom, index: number, total: number, token: string, publishedAt: Date) {
  const article = generateArticle(index, total)
  const end = publishedAt.getTime()
  const filing = {
    slug: slugFor(article, index, token),
    generateSlug: false,
    section: newsroom.sections[SECTION_SLUGS[article.sectionKey]],
    tags: article.tagKeys.map((key) => newsroom.tags[TAG_SLUGS[key]]).filter(Boolean),
    places: article.placeKeys.map((key) => newsroom.places[PLACE_SLUGS[key]]).filter(Boolean),
    authors: [newsroom.users[index % 3 === 0 ? 'editor' : 'writer']],
    heroImage: newsroom.media.length && index % 2 === 0 ? newsroom.media[index % newsroom.media.length] : undefined,
    createdBy: newsroom.users.writer,
    assignees: { writer: newsroom.users.writer, factChecker: newsroom.users.checker, editor: newsroom.users.editor },
  }
  const history = STAGES.map((step, at) => ({ from: step.from, to: step.to, by: newsroom.users[step.by], at: new Date(end - (STAGES.length - 1 - at) * 3_600_000).toISOString() }))
  return { article, filing, history, body: lexicalFromText(article.text) }
}

const claimData = (newsroom: Newsroom, articleId: number, claim: GeneratedClaim, plain: string) => {
  const start = plain.indexOf(claim.quote)
  return {
    article: articleId,
    text: claim.quote,
    anchor: { quote: claim.quote, start, end: start + claim.quote.length },
    kind: claim.kind,
    claimant: newsroom.sources[claim.sourceKey],
    channel: 'statement' as const,
    named: true,
    verdict: 'attributed' as const,
  }
}

/**
 * Through Payload's local API and every hook: saved as a draft (nothing indexed yet), its claims recorded,
 * then published with the claims marked in the body, so the search hook indexes it once.
 */
async function writeWithHooks(payload: Payload, newsroom: Newsroom, index: number, total: number, token: string, publishedAt: Date) {
  // Each call its own request and transaction, as a save from the admin.
  const { article, filing, history, body } = prepare(newsroom, index, total, token, publishedAt)
  const draft = await payload.create({
    collection: 'articles',
    locale: 'ar',
    draft: true,
    depth: 0,
    context,
    data: { ...filing, title: article.title, dek: article.dek, body: body as never, _status: 'draft', stage: 'draft' },
  })
  const plain = textFromLexical(body)
  let marked: unknown = body
  for (const claim of article.claims) {
    const recorded = await payload.create({
      collection: 'claims',
      locale: 'ar',
      depth: 0,
      context,
      data: { ...claimData(newsroom, draft.id, claim, plain), figures: claim.figures, rationale: claim.rationale },
    })
    marked = markQuote(marked, claim.quote, String(recorded.id)).state
  }
  await payload.update({
    collection: 'articles',
    id: draft.id,
    locale: 'ar',
    depth: 0,
    context,
    data: { body: marked as never, _status: 'published', stage: 'published', publishedAt: publishedAt.toISOString(), history },
  })
  return { id: draft.id, slug: filing.slug }
}

// Array rows need ids of their own, which Payload's field hooks would otherwise give them.
const rowId = () => randomBytes(12).toString('hex')

/**
 * The same rows without the hooks: Payload's database API (payload.db, adapter-neutral) writes the article,
 * its claims, the marked body and its published version, then the app's own indexArticle indexes it, so
 * the search index is exactly what the hooks would have made.
 */
async function writeDirect(payload: Payload, req: PayloadRequest, newsroom: Newsroom, index: number, total: number, token: string, publishedAt: Date) {
  const { article, filing, history, body } = prepare(newsroom, index, total, token, publishedAt)
  const at = publishedAt.toISOString()
  // Stored documents hold localised fields per locale, as the local API hands them to the adapter.
  const stored = (state: unknown) => ({
    ...filing,
    title: { ar: article.title },
    dek: { ar: article.dek },
    body: { ar: state },
    _status: 'published',
    stage: 'published',
    publishedAt: at,
    history: history.map((entry) => ({ ...entry, id: rowId() })),
    createdAt: at,
    updatedAt: at,
  })
  const created = await payload.db.create({ collection: 'articles', data: stored(body), req, select: { id: true } })
  const id = created.id as number
  const plain = textFromLexical(body)
  let marked: unknown = body
  for (const claim of article.claims) {
    const recorded = await payload.db.create({
      collection: 'claims',
      req,
      select: { id: true },
      data: {
        ...claimData(newsroom, id, claim, plain),
        figures: claim.figures.map((figure) => ({ ...figure, id: rowId() })),
        rationale: { ar: claim.rationale },
        publicNote: { kind: 'correction', note: null },
        createdAt: at,
        updatedAt: at,
      },
    })
    marked = markQuote(marked, claim.quote, String(recorded.id)).state
  }
  const final = stored(marked)
  await payload.db.updateOne({ collection: 'articles', id, data: final, req, returning: false })
  await payload.db.createVersion({ collectionSlug: 'articles', parent: id, versionData: final as never, autosave: false, createdAt: at, updatedAt: at, req, returning: false })
  await indexArticle(req, id)
  return { id, slug: filing.slug }
}

async function main() {
  const { values } = parseArgs({
    options: { articles: { type: 'string', default: '20000' }, token: { type: 'string', default: 'b' }, out: { type: 'string' }, hooks: { type: 'boolean', default: false } },
  })
  const total = Number(values.articles)
  const token = values.token!
  const payload = await getPayload({ config })
  const newsroom = await readNewsroom(payload)

  // Two years of reports, the newest an hour old, so listings, feeds and sitemaps look like a working desk's.
  const now = Date.now()
  const span = 730 * 86_400_000
  const publishedAt = (index: number) => new Date(now - 3_600_000 - ((total - 1 - index) / Math.max(1, total)) * span)

  const articles: { id: number; slug: string }[] = []
  const rates: InsertRate[] = []
  const started = performance.now()
  let reported = 0
  const progress = () => {
    if (articles.length - reported < PROGRESS_EVERY && articles.length !== total) return
    reported = articles.length
    const seconds = (performance.now() - started) / 1000
    console.log(`[bench] corpus ${articles.length}/${total} articles, ${seconds.toFixed(0)} s, ${(articles.length / seconds).toFixed(1)} articles/s`)
  }
  /** One batch of the bulk path: all of it or, on any error, none of it. */
  const writeBatch = async (indexes: number[]) => {
    const req = await createLocalReq({ context }, payload)
    await initTransaction(req)
    try {
      const written = []
      for (const index of indexes) written.push(await writeDirect(payload, req, newsroom, index, total, token, publishedAt(index)))
      await commitTransaction(req)
      return written
    } catch (error) {
      await killTransaction(req)
      throw error
    }
  }
  const writeRange = async (from: number, to: number, path: InsertRate['path']) => {
    const rangeStarted = performance.now()
    for (let first = from; first < to; first += path === 'hooks' ? 1 : BATCH) {
      if (path === 'hooks') articles.push(await writeWithHooks(payload, newsroom, first, total, token, publishedAt(first)))
      else articles.push(...(await writeBatch(Array.from({ length: Math.min(BATCH, to - first) }, (_, offset) => first + offset))))
      progress()
    }
    if (to > from) rates.push({ path, articles: to - from, msPerArticle: (performance.now() - rangeStarted) / (to - from) })
    return rates.at(-1)
  }

  const calibrated = await writeRange(0, values.hooks ? total : Math.min(total, CALIBRATION), 'hooks')
  if (calibrated) console.log(`[bench] through every hook: ${calibrated.msPerArticle.toFixed(1)} ms/article (${calibrated.articles} articles)`)
  if (articles.length < total) {
    const direct = (calibrated?.msPerArticle ?? 0) > DIRECT_ABOVE_MS
    if (direct) console.log(`[bench] over ${DIRECT_ABOVE_MS} ms/article: the other ${total - articles.length} are written in bulk (payload.db and indexArticle, ${BATCH} a transaction)`)
    const rest = await writeRange(articles.length, total, direct ? 'direct' : 'hooks')
    if (rest) console.log(`[bench] ${rest.path === 'direct' ? 'in bulk' : 'through every hook'}: ${rest.msPerArticle.toFixed(1)} ms/article (${rest.articles} articles)`)
  }

  // The index must hold one entry per published article and locale, as the app's hooks keep it once each save commits.
  await settleAfterCommitWork()
  const published = await payload.count({ collection: 'articles', where: { _status: { equals: 'published' } } })
  const indexed = await payload.count({ collection: 'search-entries', overrideAccess: true })
  const claims = await payload.count({ collection: 'claims' })
  console.log(`[bench] ${published.totalDocs} published articles, ${claims.totalDocs} claims, ${indexed.totalDocs} search entries`)
  if (indexed.totalDocs !== published.totalDocs * localeCodes.length) {
    throw new Error(`search index out of step: ${indexed.totalDocs} entries for ${published.totalDocs} published articles`)
  }

  const file: CorpusFile = { token, articles, rates, searchEntries: indexed.totalDocs, claims: claims.totalDocs }
  if (values.out) fs.writeFileSync(values.out, JSON.stringify(file))
  process.exit(0)
}

main().catch((error) => {
  console.error('[bench] فشل إنشاء المدوّنة / writing the corpus failed:', error)
  process.exit(1)
})
