import type { Where } from 'payload'
import { cache } from 'react'

import { defaultLocale, type Locale } from '@/i18n/locales'
import { LIST_PAGE_SIZE } from '@/lib/paging'

import { payloadClient } from './payload'
import { type ArticleSummary, type ArticleView, type AuthorLink, toArticleSummary, toArticleView } from './views'

// Every read here is the public's: no user, access enforced (published and past any embargo), published
// versions only.
// No joins: the claims and notes joined on an article are staff-only and cost a query per article.
const publicRead = { overrideAccess: false, draft: false, user: null, joins: false } as const
const published: Where = { _status: { equals: 'published' } }
// A list shows each article's card: reading the bodies too would cost more than everything else together.
const summaryFields = { title: true, dek: true, slug: true, publishedAt: true, section: true, heroImage: true } as const

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
    select: summaryFields,
  })
  return docs.map(toArticleSummary)
}

export type ArticlePage = { articles: ArticleSummary[]; page: number; totalPages: number; total: number }

/** One page of the published articles filed under a section, tag, place or author, newest first. */
export async function listPublishedArticles(locale: Locale, filter: Where, page = 1): Promise<ArticlePage> {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'articles',
    ...publicRead,
    locale,
    where: { and: [published, filter] },
    sort: '-publishedAt',
    limit: LIST_PAGE_SIZE,
    page: Math.max(1, Math.floor(page) || 1),
    depth: 1,
    select: summaryFields,
  })
  return { articles: result.docs.map(toArticleSummary), page: result.page ?? 1, totalPages: result.totalPages, total: result.totalDocs }
}

/**
 * A published article by its slug, in the page's language; an article with no translation into that
 * language comes back in the language it was written in, marked with `textLocale`. Read once per render
 * (the page and its metadata both ask).
 */
export const getPublishedArticle = cache(async (locale: Locale, slug: string): Promise<ArticleView | null> => {
  const payload = await payloadClient()
  const find = (readIn: Locale, fallbackLocale: Locale | false) =>
    payload.find({
      collection: 'articles',
      ...publicRead,
      locale: readIn,
      fallbackLocale,
      where: { and: [published, { slug: { equals: slug } }] },
      limit: 1,
      depth: 1,
    })
  let article = (await find(locale, false)).docs[0]
  let textLocale: Locale | undefined
  if (article && !article.title && locale !== defaultLocale) {
    article = (await find(defaultLocale, false)).docs[0]
    textLocale = defaultLocale
  }
  if (!article) return null
  return { ...toArticleView(article, await bylines(article.authors)), textLocale }
})

/**
 * Staff accounts are private; a byline needs only the author's name and the address of their page, so
 * those two fields are read on the reader's behalf.
 */
export async function bylines(authors: unknown[] | null | undefined): Promise<AuthorLink[]> {
  const ids = (authors ?? []).map((author) => (typeof author === 'object' && author ? (author as { id: number }).id : author))
  if (!ids.length) return []
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'users',
    where: { id: { in: ids } },
    select: { name: true, slug: true },
    depth: 0,
    limit: ids.length,
    pagination: false,
  })
  const byId = new Map<string, AuthorLink>(docs.map((user) => [String(user.id), { name: user.name, slug: user.slug ?? undefined }]))
  return ids.map((id) => byId.get(String(id))).filter((author): author is AuthorLink => Boolean(author))
}

/** The current slug of a published article that was once published under `slug`, so old links redirect. */
export async function getRenamedArticleSlug(slug: string): Promise<string | null> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    ...publicRead,
    where: { and: [published, { 'previousSlugs.slug': { equals: slug } }] },
    select: { slug: true },
    limit: 1,
    depth: 0,
  })
  return docs[0]?.slug ?? null
}
