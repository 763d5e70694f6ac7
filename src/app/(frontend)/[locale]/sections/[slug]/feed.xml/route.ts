import { getTranslations } from 'next-intl/server'

import { listFeedItems } from '@/data/feeds'
import { getTerm } from '@/data/terms'
import { isLocale } from '@/i18n/locales'
import { feedResponse } from '@/lib/feed-response'
import { feedPath, sectionPath } from '@/lib/paths'

// Built per request from one query; the reverse-proxy cache holds it (see xmlResponse). Never at build time.
export const dynamic = 'force-dynamic'


/** RSS 2.0 of one section's newest published articles. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params
  const section = isLocale(locale) ? await getTerm('sections', locale, decodeURIComponent(slug)) : null
  if (!isLocale(locale) || !section) return new Response('Not found', { status: 404 })
  const t = await getTranslations({ locale, namespace: 'site' })
  return feedResponse({
    locale,
    title: `${t('name')} — ${section.name}`,
    description: section.description ?? t('tagline'),
    newsroom: t('name'),
    items: await listFeedItems(locale, section.id),
    page: sectionPath(locale, section.slug),
    feed: feedPath(locale, section.slug),
  })
}
