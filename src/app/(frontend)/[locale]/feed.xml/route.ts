import { getTranslations } from 'next-intl/server'

import { listFeedItems } from '@/data/feeds'
import { isLocale } from '@/i18n/locales'
import { feedResponse } from '@/lib/feed-response'

// Built per request from one query; the reverse-proxy cache holds it (see xmlResponse). Never at build time.
export const dynamic = 'force-dynamic'


/** RSS 2.0 of the newest published articles. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const t = await getTranslations({ locale, namespace: 'site' })
  return feedResponse({ locale, title: t('name'), description: t('tagline'), newsroom: t('name'), items: await listFeedItems(locale) })
}
