import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ArticleList } from '@/components/article/article-list'
import { listLatestArticles } from '@/data/articles'
import type { Locale } from '@/i18n/locales'
import { siteURL } from '@/lib/env'
import { scriptJson } from '@/lib/jsonld'
import { pageMetadata } from '@/lib/metadata'
import { homePath, searchPath } from '@/lib/paths'
import { siteIdentity } from '@/lib/seo/site-identity'
import { homeJsonLd } from '@/lib/seo/site-jsonld'

// From Next's cache; publishing and unpublishing revalidate it (src/data/revalidate.ts).
export const revalidate = 60
// Rendered on first request, not at build time: a build never needs the database.
export const generateStaticParams = () => []

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const site = await siteIdentity(locale)
  const title = `${site.name} — ${site.tagline}`
  // The site's feed is announced by the footer on every page (site-footer.tsx); a second <link> here named it twice.
  return { ...pageMetadata({ locale, title, description: site.tagline, path: homePath, site }), title: { absolute: title } }
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, articles, site] = await Promise.all([getTranslations('home'), listLatestArticles(locale), siteIdentity(locale)])
  const base = siteURL()
  const jsonLd = homeJsonLd({
    base,
    name: site.name,
    alternateName: site.alternateName,
    description: site.tagline,
    locale,
    homeURL: `${base}${homePath(locale)}`,
    searchURL: `${base}${searchPath(locale)}`,
  })

  return (
    <>
      <h1 className="page-title">{t('title')}</h1>
      <ArticleList articles={articles} locale={locale} emptyText={t('empty')} lead relativeDates />
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptJson(jsonLd) }} />
    </>
  )
}
