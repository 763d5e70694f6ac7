import { type APIRequestContext, expect } from '@playwright/test'
import * as cheerio from 'cheerio'

import { slugify } from '../../src/lib/slugify'
import { seedArticles } from '../../src/seed/content'
import { DIOURA_TITLE } from '../helpers/urls'

// Every type of page a reader (or a crawler) reaches, in both languages, as the server sends it.

export const PAGE_TYPES = ['home', 'article', 'section', 'tag', 'place', 'author', 'search', '404'] as const
export type PageType = (typeof PAGE_TYPES)[number]
export const LOCALES = ['ar', 'en'] as const
export type Locale = (typeof LOCALES)[number]

export type ReaderPage = {
  type: PageType
  locale: Locale
  /** Table row: the type, and what sets this page apart from the others of its type. */
  label: string
  path: string
  status: number
  headers: Record<string, string>
  html: string
  /** An article shown in a language it was not written in (#15 item 3). */
  untranslated?: boolean
}

const translated = seedArticles.find((article) => article.en)!

/** The seed's Dioura fact-check (Arabic only), the seed's one translated article, and the pages they link to. */
export async function collectReaderPages(request: APIRequestContext): Promise<ReaderPage[]> {
  const get = async (path: string) => {
    const response = await request.get(path, { maxRedirects: 0 })
    return { status: response.status(), headers: response.headers(), html: await response.text() }
  }
  const dioura = `/ar/articles/${encodeURIComponent(slugify(DIOURA_TITLE))}`
  const diouraPage = await get(dioura)
  expect(diouraPage.status, `${dioura} answers`).toBe(200)
  // Follow the article's own links, as a crawler does, to one section, tag, place and author.
  const $ = cheerio.load(diouraPage.html)
  const linked = (kind: string) => {
    const href = $(`a[href^="/ar/${kind}/"]`).first().attr('href')
    expect(href, `the Dioura report links to a page under /ar/${kind}/`).toBeTruthy()
    return href!.replace(/^\/ar\//, '')
  }
  const terms = { section: linked('sections'), tag: linked('tags'), place: linked('places'), author: linked('authors') }

  const plan: Omit<ReaderPage, 'status' | 'headers' | 'html'>[] = []
  for (const locale of LOCALES) {
    plan.push({ type: 'home', locale, label: 'home', path: `/${locale}` })
    if (locale === 'ar') plan.push({ type: 'article', locale, label: 'article', path: dioura })
    else {
      plan.push({ type: 'article', locale, label: 'article', path: `/en/articles/${encodeURIComponent(slugify(translated.title))}` })
      plan.push({ type: 'article', locale, label: 'article, untranslated', path: dioura.replace(/^\/ar\//, '/en/'), untranslated: true })
    }
    for (const [type, path] of Object.entries(terms)) plan.push({ type: type as PageType, locale, label: type, path: `/${locale}/${path}` })
    plan.push({ type: 'search', locale, label: 'search', path: `/${locale}/search?q=${encodeURIComponent(locale === 'ar' ? 'جورا' : 'Dioura')}` })
    plan.push({ type: '404', locale, label: '404', path: `/${locale}/no-such-page-${locale}` })
    plan.push({ type: '404', locale, label: '404, missing article', path: `/${locale}/articles/no-such-article-${locale}` })
  }
  const pages: ReaderPage[] = []
  for (const entry of plan) {
    // A missing page asked for twice: the second answer shows whether a cache kept the first (#15 item 2).
    if (entry.type === '404') await get(entry.path)
    pages.push({ ...entry, ...(await get(entry.path)) })
  }
  return pages
}

export type Head = {
  lang?: string
  dir?: string
  canonical?: string
  robots?: string
  description?: string
  alternates: { hreflang: string; href: string }[]
  feeds: string[]
  visibleFeedLinks: string[]
  jsonLd: string[]
  images: string[]
}

/** What the HTML says about itself: language, canonical, alternates, robots, feeds, structured data, images. */
export function readHead(html: string): Head {
  const $ = cheerio.load(html)
  const images = new Set<string>()
  $('img[src]').each((_, element) => void images.add($(element).attr('src')!))
  $('img[srcset], source[srcset]').each((_, element) => {
    for (const candidate of $(element).attr('srcset')!.split(',')) images.add(candidate.trim().split(/\s+/)[0])
  })
  $('meta[property="og:image"], meta[name="twitter:image"], meta[property="twitter:image"]').each((_, element) => void images.add($(element).attr('content')!))
  return {
    lang: $('html').attr('lang'),
    dir: $('html').attr('dir'),
    canonical: $('link[rel="canonical"]').attr('href'),
    robots: $('meta[name="robots"]').attr('content'),
    description: $('meta[name="description"]').attr('content'),
    alternates: $('link[rel="alternate"][hreflang]')
      .toArray()
      .map((element) => ({ hreflang: $(element).attr('hreflang')!, href: $(element).attr('href')! })),
    feeds: $('link[rel="alternate"][type="application/rss+xml"]').toArray().map((element) => $(element).attr('href')!),
    visibleFeedLinks: $('body a[href$="feed.xml"]').toArray().map((element) => $(element).attr('href')!),
    jsonLd: $('script[type="application/ld+json"]').toArray().map((element) => $(element).text()),
    images: [...images].filter(Boolean),
  }
}
