import type { Where } from 'payload'
import { cache } from 'react'

import { type Locale, localeCodes } from '@/i18n/locales'
import { lastSeenChange } from '@/lib/seo/cards'

import { payloadClient } from './payload'

// What crawlers are told about articles: the languages each one has a text in, and the last change its readers
// saw. Public reads only; claims are read for their public log, as the article page shows it.

const publicRead = { overrideAccess: false, draft: false, user: null, joins: false } as const
const published: Where = { _status: { equals: 'published' } }

export type IndexedArticle = {
  id: number | string
  slug: string
  /** The title in each language the article has a text in. */
  titles: Partial<Record<Locale, string>>
  publishedAt?: string
  /** Publication, or the newest dated correction (of the article or of one of its claims). */
  lastSeenAt?: string
}

/** Every published article (with `since`, those published since then; with `limit`, the newest few), newest first. */
export async function listIndexedArticles(since?: Date, limit?: number): Promise<IndexedArticle[]> {
  const payload = await payloadClient()
  const where: Where = since ? { and: [published, { publishedAt: { greater_than_equal: since.toISOString() } }] } : published
  const [first, ...others] = localeCodes
  const read = (locale: Locale) =>
    payload.find({
      collection: 'articles',
      ...publicRead,
      locale,
      fallbackLocale: false,
      where,
      sort: '-publishedAt',
      limit: limit ?? (since ? 1000 : 50000),
      depth: 0,
      select: locale === first ? { slug: true, title: true, publishedAt: true, corrections: true } : { title: true },
    })
  const [main, ...translations] = await Promise.all([read(first), ...others.map(read)])
  const articles = main.docs.filter((article) => article.slug)
  const logs = await claimLogDates(articles.map((article) => article.id))
  return articles.map((article) => {
    const titles: Partial<Record<Locale, string>> = {}
    if (article.title) titles[first] = article.title
    others.forEach((locale, index) => {
      const title = translations[index].docs.find((doc) => doc.id === article.id)?.title
      if (title) titles[locale] = title
    })
    const corrections = [...(article.corrections ?? []).map((entry) => entry.at), ...(logs.get(String(article.id)) ?? [])]
    return { id: article.id, slug: article.slug!, titles, publishedAt: article.publishedAt ?? undefined, lastSeenAt: lastSeenChange(article.publishedAt ?? undefined, corrections) }
  })
}

/** The dates of the changes readers were told about in each article's claims (as the sources panel lists them). */
async function claimLogDates(articleIds: (number | string)[]): Promise<Map<string, string[]>> {
  const dates = new Map<string, string[]>()
  if (!articleIds.length) return dates
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'claims',
    where: { and: [{ article: { in: articleIds } }, { verdict: { not_equals: 'unverified' } }] },
    depth: 0,
    pagination: false,
    select: { article: true, log: true },
  })
  for (const claim of docs) {
    const article = typeof claim.article === 'object' && claim.article ? claim.article.id : claim.article
    const at = (claim.log ?? []).map((entry) => entry.at).filter((date): date is string => Boolean(date))
    if (article != null && at.length) dates.set(String(article), [...(dates.get(String(article)) ?? []), ...at])
  }
  return dates
}

/** The languages a published article has a text in (its title written in that language). Once per render. */
export const articleLanguages = cache(async (articleId: number | string): Promise<Locale[]> => {
  const payload = await payloadClient()
  const found = await Promise.all(
    localeCodes.map((locale) =>
      payload.find({ collection: 'articles', ...publicRead, locale, fallbackLocale: false, where: { and: [published, { id: { equals: articleId } }] }, limit: 1, depth: 0, select: { title: true } }),
    ),
  )
  return localeCodes.filter((_, index) => Boolean(found[index].docs[0]?.title))
})
