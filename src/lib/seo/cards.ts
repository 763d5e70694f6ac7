import type { Locale } from '@/i18n/locales'

// What a social card or a search result shows of a page: the site's own image and logo, and the locale names
// OpenGraph expects (language_TERRITORY, not a bare language code).

export const OG_LOCALE: Record<Locale, string> = { ar: 'ar_AR', en: 'en_US' }

/** The card of a page that has no image of its own (public/card.png, 1200×630 as the large cards want). */
export const DEFAULT_CARD = { url: '/card.png', width: 1200, height: 630 } as const

/** The publisher's logo for structured data (public/logo.png: 600×60, the size news publishers are asked for). */
export const PUBLISHER_LOGO = { url: '/logo.png', width: 600, height: 60 } as const

/**
 * The last change readers saw: the publication, or the newest dated correction after it. Never a row's
 * `updatedAt`, which moves with every seed run and draft save that readers never see.
 */
export function lastSeenChange(publishedAt: string | undefined, corrections: (string | null | undefined)[] = []): string | undefined {
  const dates = [publishedAt, ...corrections].filter((date): date is string => Boolean(date) && !Number.isNaN(Date.parse(date!)))
  if (!dates.length) return undefined
  return new Date(Math.max(...dates.map((date) => Date.parse(date)))).toISOString()
}
