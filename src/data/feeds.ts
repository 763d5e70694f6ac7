import type { Where } from 'payload'

import type { Locale } from '@/i18n/locales'

import { payloadClient } from './payload'

const publicRead = { overrideAccess: false, draft: false, user: null, joins: false } as const
const published: Where = { _status: { equals: 'published' } }

export const FEED_SIZE = 30

export type FeedItem = { slug: string; title: string; dek?: string; publishedAt?: string; updatedAt?: string; section?: string; authors: string[] }

/** The newest published articles for an RSS feed, of the whole site or one section. */
export async function listFeedItems(locale: Locale, sectionId?: number | string): Promise<FeedItem[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    ...publicRead,
    locale,
    where: sectionId == null ? published : { and: [published, { section: { equals: sectionId } }] },
    sort: '-publishedAt',
    limit: FEED_SIZE,
    depth: 1,
    select: { slug: true, title: true, dek: true, publishedAt: true, updatedAt: true, section: true, authors: true },
    populate: { sections: { name: true }, users: { name: true } },
  })
  return docs.map((article) => ({
    slug: article.slug ?? String(article.id),
    title: article.title,
    dek: article.dek ?? undefined,
    publishedAt: article.publishedAt ?? undefined,
    updatedAt: article.updatedAt,
    section: typeof article.section === 'object' && article.section ? article.section.name : undefined,
    authors: (article.authors ?? []).flatMap((author) => (typeof author === 'object' && author ? [author.name] : [])),
  }))
}

export type SitemapArticle = { slug: string; title: string; publishedAt?: string; updatedAt: string }

/** Every published article's address (and, with `since`, only those published since then). */
export async function listSitemapArticles(locale: Locale, since?: Date): Promise<SitemapArticle[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    ...publicRead,
    locale,
    where: since ? { and: [published, { publishedAt: { greater_than_equal: since.toISOString() } }] } : published,
    sort: '-publishedAt',
    limit: since ? 1000 : 50000,
    pagination: false,
    depth: 0,
    select: { slug: true, title: true, publishedAt: true, updatedAt: true },
  })
  return docs.filter((article) => article.slug).map((article) => ({ slug: article.slug!, title: article.title, publishedAt: article.publishedAt ?? undefined, updatedAt: article.updatedAt }))
}

/** Slugs of the sections, tags and places readers can browse. */
export async function listSitemapTerms(): Promise<{ kind: 'sections' | 'tags' | 'places'; slug: string }[]> {
  const payload = await payloadClient()
  const kinds = ['sections', 'tags', 'places'] as const
  const lists = await Promise.all(
    kinds.map((kind) => payload.find({ collection: kind, overrideAccess: false, user: null, depth: 0, limit: 5000, pagination: false, select: { slug: true } })),
  )
  return lists.flatMap((list, index) => list.docs.filter((doc) => doc.slug).map((doc) => ({ kind: kinds[index], slug: doc.slug as string })))
}
