import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ArticleList } from '@/components/article/article-list'
import { listLatestArticles } from '@/data/articles'
import type { Locale } from '@/i18n/locales'

// Reads the database on every request until the caching issue adds tagged revalidation.
export const dynamic = 'force-dynamic'

export default async function HomePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, articles] = await Promise.all([getTranslations('home'), listLatestArticles(locale)])

  return (
    <>
      <h1 className="page-title">{t('title')}</h1>
      <ArticleList articles={articles} locale={locale} emptyText={t('empty')} lead />
    </>
  )
}
