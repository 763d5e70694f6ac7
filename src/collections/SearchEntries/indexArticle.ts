import type { PayloadRequest } from 'payload'

import { localeCodes } from '@/i18n/locales'
import { analyzedText } from '@/lib/arabic/analyze'
import { textFromLexical } from '@/lib/lexical'
import { idOf } from '@/lib/ids'
import type { Place, SearchEntry } from '@/payload-types'

const system = { overrideAccess: true, depth: 0 } as const

// A place read with `locale: 'all'`: its localised fields hold one value per locale.
type PlaceInAllLocales = Omit<Place, 'name' | 'region'> & { name?: Record<string, string>; region?: Record<string, string> }

/** Names a place is searched by: its names and region in every language and its other spellings. */
function placeNames(place: PlaceInAllLocales): string[] {
  const all = [...Object.values(place.name ?? {}), ...Object.values(place.region ?? {}), place.nameFr, ...(place.aliases ?? []).map((entry) => entry.alias)]
  return all.filter((name): name is string => Boolean(name))
}

/** The article's fields an entry is made of. */
const INDEXED_FIELDS = { title: true, dek: true, body: true, slug: true, section: true, places: true, publishedAt: true, embargoUntil: true } as const

/** Whether an entry already holds `data`: the same text, and the same instants however they are written. */
function holds(entry: SearchEntry, data: Record<string, unknown>): boolean {
  const comparable = (value: unknown) => {
    if (value == null || value === '') return ''
    if (typeof value === 'object' && 'id' in value) return String(value.id)
    const time = typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value) ? Date.parse(value) : Number.NaN
    return Number.isNaN(time) ? String(value) : String(time)
  }
  return Object.entries(data).every(([field, value]) => comparable(entry[field as keyof SearchEntry]) === comparable(value))
}

/**
 * Brings the search index in line with an article's published version: one entry per locale while it is
 * published (its claims readers can see and its places' names included), none otherwise.
 */
export async function indexArticle(req: PayloadRequest, articleId: number | string): Promise<void> {
  const { payload } = req
  const entries = await payload.find({ collection: 'search-entries', where: { article: { equals: articleId } }, limit: 10, pagination: false, req, ...system })
  const live = await payload
    .findByID({ collection: 'articles', id: articleId, draft: false, depth: 0, select: { _status: true }, overrideAccess: true, req })
    .catch(() => null)

  if (live?._status !== 'published') {
    if (entries.docs.length) await payload.delete({ collection: 'search-entries', where: { article: { equals: articleId } }, req, ...system })
    return
  }

  const { docs: claims } = await payload.find({
    collection: 'claims',
    where: { and: [{ article: { equals: articleId } }, { verdict: { not_equals: 'unverified' } }] },
    select: { text: true },
    limit: 500,
    pagination: false,
    req,
    ...system,
  })

  for (const locale of localeCodes) {
    // Only what the entry holds, with no relationship filled in: the section's name is read on its own.
    const article = await payload.findByID({ collection: 'articles', id: articleId, draft: false, locale, select: INDEXED_FIELDS, req, ...system })
    const placeIds = (article.places ?? []).map(idOf).filter((id): id is number => id != null)
    // Places in the other languages too: a reader on /ar may type «Dioura».
    const { docs: allNames } = placeIds.length
      ? await payload.find({ collection: 'places', where: { id: { in: placeIds } }, locale: 'all', limit: placeIds.length, pagination: false, req, ...system })
      : { docs: [] }
    const names = allNames.flatMap((place) => placeNames(place as unknown as PlaceInAllLocales))
    const sectionId = idOf(article.section)
    const section =
      sectionId == null
        ? undefined
        : (await payload.findByID({ collection: 'sections', id: sectionId, locale, select: { name: true }, req, ...system }).catch(() => null))?.name
    const body = textFromLexical(article.body)
    const extra = [...claims.map((claim) => claim.text), ...names].join(' \n ')
    const data = {
      article: article.id,
      locale,
      slug: article.slug ?? '',
      title: article.title,
      dek: article.dek ?? '',
      body,
      section,
      publishedAt: article.publishedAt ?? null,
      embargoUntil: article.embargoUntil ?? null,
      titleStems: analyzedText(article.title),
      dekStems: analyzedText(article.dek ?? ''),
      extraStems: analyzedText(extra),
      bodyStems: analyzedText(body),
    }
    const existing = entries.docs.find((entry) => entry.locale === locale)
    // An entry already as it should be is left alone (a rebuild after no change writes nothing).
    if (existing && holds(existing, data)) continue
    if (existing) await payload.update({ collection: 'search-entries', id: existing.id, data, req, ...system })
    else await payload.create({ collection: 'search-entries', data, req, ...system })
  }
}

/** Re-indexes the published articles filed under a place, after the place's names change. */
export async function indexArticlesAt(req: PayloadRequest, placeId: number | string): Promise<void> {
  const { docs } = await req.payload.find({
    collection: 'articles',
    where: { places: { equals: placeId } },
    select: { slug: true },
    limit: 1000,
    pagination: false,
    req,
    ...system,
  })
  for (const article of docs) await indexArticle(req, article.id)
}
