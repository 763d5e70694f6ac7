import type { PayloadRequest } from 'payload'

import { localeCodes } from '@/i18n/locales'
import { analyzedText } from '@/lib/arabic/analyze'
import { textFromLexical } from '@/lib/lexical'
import type { Place } from '@/payload-types'

const system = { overrideAccess: true, depth: 0 } as const

// A place read with `locale: 'all'`: its localised fields hold one value per locale.
type PlaceInAllLocales = Omit<Place, 'name' | 'region'> & { name?: Record<string, string>; region?: Record<string, string> }

/** Names a place is searched by: its names and region in every language and its other spellings. */
function placeNames(place: PlaceInAllLocales): string[] {
  const all = [...Object.values(place.name ?? {}), ...Object.values(place.region ?? {}), place.nameFr, ...(place.aliases ?? []).map((entry) => entry.alias)]
  return all.filter((name): name is string => Boolean(name))
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
    const article = await payload.findByID({ collection: 'articles', id: articleId, draft: false, locale, depth: 1, overrideAccess: true, req })
    const places = (article.places ?? []).filter((place): place is Place => typeof place === 'object' && place !== null)
    const placeIds = places.map((place) => place.id)
    // Places in the other languages too: a reader on /ar may type «Dioura».
    const { docs: allNames } = placeIds.length
      ? await payload.find({ collection: 'places', where: { id: { in: placeIds } }, locale: 'all', limit: placeIds.length, pagination: false, req, ...system })
      : { docs: [] }
    const names = allNames.flatMap((place) => placeNames(place as unknown as PlaceInAllLocales))
    const section = typeof article.section === 'object' && article.section ? article.section.name : undefined
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
