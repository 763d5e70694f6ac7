import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ArticleBody } from '@/components/article/article-body'
import { ArticleHeader } from '@/components/article/article-header'
import { getArticlePreview } from '@/data/preview'
import { listPublicClaims } from '@/data/claims'
import type { Locale } from '@/i18n/locales'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale; id: string }> }

// Previews are for the newsroom only: never indexed, never cached.
export const metadata: Metadata = { robots: { index: false, follow: false } }

export default async function ArticlePreviewPage({ params }: Props) {
  const { locale, id } = await params
  setRequestLocale(locale)
  const [article, t] = await Promise.all([getArticlePreview(locale, id), getTranslations('preview')])
  if (!article) notFound()
  const claims = await listPublicClaims(article.id, locale)

  return (
    <>
      <p className="preview-banner" role="status">
        {t('banner')}
      </p>
      <article className="article">
        <ArticleHeader article={article} locale={locale} />
        <ArticleBody body={article.body} locale={locale} claims={claims} />
      </article>
    </>
  )
}
