import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ArticleList } from '@/components/article/article-list'
import { listLatestArticles } from '@/data/articles'
import type { Locale } from '@/i18n/locales'
import { alternatesFor } from '@/lib/metadata'
import { feedPath, homePath } from '@/lib/paths'

// From Next's cache; publishing and unpublishing revalidate it (src/data/revalidate.ts).
export const revalidate = 60
// Rendered on first request, not at build time: a build never needs the database.
export const generateStaticParams = () => []

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { alternates: { ...alternatesFor(locale, homePath), types: { 'application/rss+xml': feedPath(locale) } } }
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, articles] = await Promise.all([getTranslations('home'), listLatestArticles(locale)])

  return (
    <>
      <h1 className="page-title">{t('title')}</h1>
      <ArticleList articles={articles} locale={locale} emptyText={t('empty')} lead relativeDates />
    </>
  )
}
