import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { setRequestLocale } from 'next-intl/server'

import { ArticleBody } from '@/components/article/article-body'
import { ArticleHeader } from '@/components/article/article-header'
import { getPublishedArticle } from '@/data/articles'
import type { Locale } from '@/i18n/locales'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const article = await getPublishedArticle(locale, decodeURIComponent(slug))
  if (!article) return {}
  return { title: article.title, description: article.dek }
}

export default async function ArticlePage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const article = await getPublishedArticle(locale, decodeURIComponent(slug))
  if (!article) notFound()

  return (
    <article className="article">
      <ArticleHeader article={article} locale={locale} />
      <ArticleBody body={article.body} locale={locale} />
    </article>
  )
}
