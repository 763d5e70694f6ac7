import type { Metadata } from 'next'

import { defaultLocale, localeCodes } from '@/i18n/locales'

import { pagedPath } from './paths'

type PathIn = (locale: string) => string

/** Canonical address and its language versions (hreflang), with x-default on the Arabic site. */
export function alternatesFor(locale: string, path: PathIn, page = 1): Metadata['alternates'] {
  const languages = Object.fromEntries(localeCodes.map((code) => [code, pagedPath(path(code), page)]))
  return { canonical: pagedPath(path(locale), page), languages: { ...languages, 'x-default': pagedPath(path(defaultLocale), page) } }
}

type ListingMeta = { locale: string; title: string; description?: string; path: PathIn; page: number; feed?: string }

export function listingMetadata({ title, description, path, page, feed, locale }: ListingMeta): Metadata {
  return {
    title,
    description,
    alternates: { ...alternatesFor(locale, path, page), ...(feed ? { types: { 'application/rss+xml': feed } } : {}) },
    openGraph: { title, description, type: 'website' },
  }
}
