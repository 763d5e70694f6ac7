import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type { ReactNode } from 'react'

import { answersMissing } from '@/components/layout/missing-page'
import { listPublishedArticles } from '@/data/articles'
import { getTerm, type TermKind, type TermPageView } from '@/data/terms'
import type { Locale } from '@/i18n/locales'
import { pageMetadata } from '@/lib/metadata'
import { pageFromSegments } from '@/lib/paging'
import { feedPath, placePath, sectionPath, tagPath } from '@/lib/paths'
import { missingPageMetadata } from '@/lib/seo/missing-page'
import { siteIdentity } from '@/lib/seo/site-identity'

import { ListingPage } from './listing-page'

export type TermRouteProps = { params: Promise<{ locale: Locale; slug: string; page?: string[] }> }

const SETUP = {
  sections: { namespace: 'section', field: 'section', path: sectionPath, feed: true },
  tags: { namespace: 'tag', field: 'tags', path: tagPath, feed: false },
  places: { namespace: 'place', field: 'places', path: placePath, feed: false },
} as const

/**
 * The page of a section, tag or place (`/{locale}/{kind}/{slug}[/{page}]`): its name, an introduction, and
 * its published articles page by page. Each route file exports these with its own caching settings.
 */
export function termRoute(kind: TermKind, intro: (term: TermPageView, locale: Locale) => Promise<ReactNode> | ReactNode = () => null) {
  const { namespace, field, path, feed } = SETUP[kind]

  async function generateMetadata({ params }: TermRouteProps): Promise<Metadata> {
    const { locale, slug, page } = await params
    const term = await getTerm(kind, locale, decodeURIComponent(slug))
    if (!term) return missingPageMetadata(locale)
    const [t, site] = await Promise.all([getTranslations({ locale, namespace }), siteIdentity(locale)])
    return pageMetadata({
      locale,
      title: t('title', { name: term.name }),
      description: term.description || t('description', { name: term.name }),
      path: (code) => path(code, term.slug),
      page: pageFromSegments(page) ?? 1,
      site,
      feed: feed ? feedPath(locale, term.slug) : undefined,
    })
  }

  async function TermListing({ params }: TermRouteProps) {
    const { locale, slug, page: segments } = await params
    setRequestLocale(locale)
    const page = pageFromSegments(segments)
    const term = page ? await getTerm(kind, locale, decodeURIComponent(slug)) : null
    if (!page || !term) notFound()
    const [t, listing] = await Promise.all([getTranslations(namespace), listPublishedArticles(locale, { [field]: { equals: term.id } }, page)])
    if (page > 1 && page > listing.totalPages) notFound()
    return (
      <ListingPage
        title={t('title', { name: term.name })}
        intro={await intro(term, locale)}
        listing={listing}
        base={path(locale, term.slug)}
        locale={locale}
        emptyText={t('empty')}
        feed={feed ? { href: feedPath(locale, term.slug), label: t('feed') } : undefined}
      />
    )
  }

  return { generateMetadata, TermPage: answersMissing(TermListing) }
}
