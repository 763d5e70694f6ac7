import type { Metadata } from 'next'

import { defaultLocale, type Locale, localeCodes } from '@/i18n/locales'

import { pagedPath } from './paths'
import { DEFAULT_CARD, OG_LOCALE } from './seo/cards'

type PathIn = (locale: string) => string

/**
 * Canonical address and its language versions (hreflang), with x-default on the Arabic site. `versions` are the
 * languages the page really exists in: an article without an English text has no English version.
 */
export function alternatesFor(locale: string, path: PathIn, page = 1, versions: readonly Locale[] = localeCodes): Metadata['alternates'] {
  const languages = Object.fromEntries(versions.map((code) => [code, pagedPath(path(code), page)]))
  const fallback = versions.includes(defaultLocale) ? defaultLocale : versions[0]
  return { canonical: pagedPath(path(locale), page), languages: { ...languages, 'x-default': pagedPath(path(fallback ?? defaultLocale), page) } }
}

export type CardImage = { url: string; width?: number; height?: number; alt?: string }

export type PageCard = {
  /** The language the page is read in; for a page shown in another language's text, that text's language. */
  locale: Locale
  title: string
  description?: string
  path: PathIn
  page?: number
  versions?: readonly Locale[]
  site: { name: string; cardAlt: string }
  image?: CardImage
  type?: 'website' | 'article' | 'profile'
  feed?: string
  /** OpenGraph fields of articles and profiles (article:published_time, …). */
  openGraph?: Record<string, unknown>
}

/**
 * Everything a search engine and a social card read from a page's head: title, description, canonical and
 * language versions, OpenGraph (with the site's card when the page has no image) and the Twitter card.
 */
export function pageMetadata(card: PageCard): Metadata {
  const { locale, title, description, path, page = 1, versions = localeCodes, site, type = 'website' } = card
  const alternates = alternatesFor(locale, path, page, versions)
  const image = card.image?.url ? card.image : { ...DEFAULT_CARD, alt: site.cardAlt }
  const alt = image.alt?.trim() || site.cardAlt
  return {
    title,
    description,
    alternates: { ...alternates, ...(card.feed ? { types: { 'application/rss+xml': card.feed } } : {}) },
    openGraph: {
      type,
      title,
      description,
      url: alternates?.canonical ?? undefined,
      siteName: site.name,
      locale: OG_LOCALE[locale],
      alternateLocale: versions.filter((code) => code !== locale).map((code) => OG_LOCALE[code]),
      images: [{ url: image.url, width: image.width, height: image.height, alt }],
      ...card.openGraph,
    } as Metadata['openGraph'],
    twitter: { card: 'summary_large_image', title, description, images: [{ url: image.url, alt }] },
  }
}
