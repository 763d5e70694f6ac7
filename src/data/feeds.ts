import { statSync } from 'node:fs'
import path from 'node:path'

import type { Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import { idOf } from '@/lib/ids'
import { DEFAULT_CARD } from '@/lib/seo/cards'
import type { Media } from '@/payload-types'

import { payloadClient } from './payload'

const publicRead = { overrideAccess: false, draft: false, user: null, joins: false } as const
const published: Where = { _status: { equals: 'published' } }

export const FEED_SIZE = 30

/** A picture as a feed carries it: its address (on this site), type, size in bytes and dimensions, where recorded. */
export type FeedImage = { url: string; type?: string; length?: number; width?: number; height?: number }

export type FeedItem = {
  slug: string
  title: string
  dek?: string
  publishedAt?: string
  updatedAt?: string
  section?: string
  authors: string[]
  image?: FeedImage
}

/** The site's own card (public/card.png) for an item without a picture of its own, its size read from the file. */
function siteCard(): FeedImage {
  const card = { url: DEFAULT_CARD.url, type: 'image/png', width: DEFAULT_CARD.width, height: DEFAULT_CARD.height }
  try {
    return { ...card, length: statSync(path.join(process.cwd(), 'public', DEFAULT_CARD.url)).size }
  } catch {
    return card
  }
}

// Feed readers show a picture at card size: the 800 px rendition, or the upload itself when it has none.
function feedImage(media: unknown): FeedImage | undefined {
  if (!media || typeof media !== 'object') return undefined
  const upload = media as Media
  const card = upload.sizes?.card
  const file = card?.url ? card : upload
  if (!file.url) return undefined
  return { url: file.url, type: file.mimeType ?? undefined, length: file.filesize ?? undefined, width: file.width ?? undefined, height: file.height ?? undefined }
}

/** The newest published articles for an RSS feed, of the whole site or one section. */
export async function listFeedItems(locale: Locale, sectionId?: number | string): Promise<FeedItem[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    ...publicRead,
    locale,
    // An article with no text in this language is no item of its feed (the Arabic text under an English feed's
    // address would be published as English, #15 item 3): only the language's own title counts.
    fallbackLocale: false,
    where: { and: [published, { title: { exists: true } }, ...(sectionId == null ? [] : [{ section: { equals: sectionId } }])] },
    sort: '-publishedAt',
    limit: FEED_SIZE,
    depth: 1,
    select: { slug: true, title: true, dek: true, publishedAt: true, updatedAt: true, section: true, authors: true, heroImage: true },
    // A picture readers may not see yet comes back as its bare id, and the item goes without one.
    populate: { sections: { name: true } },
  })
  const names = await authorNames(docs.flatMap((article) => article.authors ?? []))
  const card = siteCard()
  return docs.filter((article) => article.title).map((article) => ({
    slug: article.slug ?? String(article.id),
    title: article.title,
    dek: article.dek ?? undefined,
    publishedAt: article.publishedAt ?? undefined,
    updatedAt: article.updatedAt,
    section: typeof article.section === 'object' && article.section ? article.section.name : undefined,
    authors: (article.authors ?? []).flatMap((author) => names.get(String(idOf(author))) ?? []),
    image: feedImage(article.heroImage) ?? card,
  }))
}

/**
 * Staff accounts are private, so a public read gets the authors as bare ids; an item's byline needs only their
 * names, read here on the reader's behalf for the whole feed at once.
 */
async function authorNames(authors: unknown[]): Promise<Map<string, string>> {
  const ids = [...new Set(authors.map(idOf).filter((id) => id !== undefined))]
  if (!ids.length) return new Map()
  const payload = await payloadClient()
  const { docs } = await payload.find({ collection: 'users', where: { id: { in: ids } }, select: { name: true }, depth: 0, limit: ids.length, pagination: false })
  return new Map(docs.map((user) => [String(user.id), user.name]))
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
