import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ArticleList } from '@/components/article/article-list'
import { listSectionArticles } from '@/data/articles'
import { getSection } from '@/data/sections'
import type { Locale } from '@/i18n/locales'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const section = await getSection(locale, decodeURIComponent(slug))
  return section ? { title: section.name, description: section.description } : {}
}

export default async function SectionPage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const section = await getSection(locale, decodeURIComponent(slug))
  if (!section) notFound()
  const [t, articles] = await Promise.all([getTranslations('section'), listSectionArticles(locale, section.id)])

  return (
    <>
      <h1 className="page-title">{t('title', { name: section.name })}</h1>
      {section.description ? <p className="page-intro">{section.description}</p> : null}
      <ArticleList articles={articles} locale={locale} emptyText={t('empty')} />
    </>
  )
}
