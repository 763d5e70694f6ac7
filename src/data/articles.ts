import type { Where } from 'payload'

import type { Locale } from '@/i18n/locales'

import { payloadClient } from './payload'
import { type ArticleSummary, type ArticleView, toArticleSummary, toArticleView } from './views'

// Every read here is the public's: no user, access enforced, published documents only.
const publicRead = { overrideAccess: false, draft: false, user: null } as const
const published: Where = { _status: { equals: 'published' } }

export const HOME_PAGE_SIZE = 12

export async function listLatestArticles(locale: Locale, limit = HOME_PAGE_SIZE): Promise<ArticleSummary[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    ...publicRead,
    locale,
    where: published,
    sort: '-publishedAt',
    limit,
    depth: 1,
  })
  return docs.map(toArticleSummary)
}

export async function getPublishedArticle(locale: Locale, slug: string): Promise<ArticleView | null> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    ...publicRead,
    locale,
    where: { and: [published, { slug: { equals: slug } }] },
    limit: 1,
    depth: 1,
  })
  const article = docs[0]
  if (!article) return null
  return toArticleView(article, await bylineNames(article.authors))
}

export async function listSectionArticles(locale: Locale, sectionId: number | string): Promise<ArticleSummary[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    ...publicRead,
    locale,
    where: { and: [published, { section: { equals: sectionId } }] },
    sort: '-publishedAt',
    limit: HOME_PAGE_SIZE * 2,
    depth: 1,
  })
  return docs.map(toArticleSummary)
}

/**
 * Staff accounts are private; a byline needs only the author's name, so that one field is read
 * on the reader's behalf.
 */
async function bylineNames(authors: unknown[] | null | undefined): Promise<string[]> {
  const ids = (authors ?? []).map((author) => (typeof author === 'object' && author ? (author as { id: number }).id : author))
  if (!ids.length) return []
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'users',
    where: { id: { in: ids } },
    select: { name: true },
    depth: 0,
    limit: ids.length,
    pagination: false,
  })
  const byId = new Map(docs.map((user) => [String(user.id), user.name]))
  return ids.map((id) => byId.get(String(id))).filter((name): name is string => Boolean(name))
}
