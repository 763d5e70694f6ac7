import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ArticleBody } from '@/components/article/article-body'
import { ArticleHeader } from '@/components/article/article-header'
import { CorrectionsLog } from '@/components/article/corrections-log'
import { SourcesPanel } from '@/components/article/sources-panel'
import { getPublishedArticle } from '@/data/articles'
import { inReadingOrder, listPublicClaims, mergeCorrections } from '@/data/claims'
import type { Locale } from '@/i18n/locales'
import { VERDICTS } from '@/lib/claims/verdicts'
import { articleJsonLd, scriptJson } from '@/lib/jsonld'
import { markedClaimIds } from '@/lib/lexical'
import { articlePath } from '@/lib/paths'

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
  const markedIds = markedClaimIds(article.body)
  const [recorded, t] = await Promise.all([listPublicClaims(article.id, locale), getTranslations('claims')])
  const claims = inReadingOrder(recorded, markedIds)
  const corrections = mergeCorrections(article.corrections, claims)
  const url = `${process.env.NEXT_PUBLIC_SERVER_URL ?? ''}${articlePath(locale, article.slug)}`
  const jsonLd = articleJsonLd({
    url,
    headline: article.title,
    description: article.dek,
    datePublished: article.publishedAt,
    authors: article.authors,
    section: article.section?.name,
    image: article.heroImage?.url,
    language: locale,
    corrections: corrections.map((entry) => ({ text: entry.note, datePublished: entry.at })),
    claims: claims.map((claim) => ({
      text: claim.text,
      verdictLabelAr: VERDICTS[claim.verdict].ar,
      verdictLabelEn: VERDICTS[claim.verdict].en,
      claimant: claim.claimant ?? claim.unnamedDescription,
      evidence: claim.evidence.flatMap((item) => (item.url ? [item.url] : [])),
      checkedAt: claim.checkedAt,
    })),
  })

  return (
    <>
      <article className="article">
        <ArticleHeader article={article} locale={locale} />
        {claims.length ? (
          <p className="article__sources-link">
            <a href="#sources">{t('jump', { count: claims.length })}</a>
          </p>
        ) : null}
        <ArticleBody body={article.body} locale={locale} claims={claims} />
      </article>
      <SourcesPanel claims={claims} locale={locale} markedIds={markedIds} />
      <CorrectionsLog corrections={corrections} locale={locale} />
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptJson(jsonLd) }} />
    </>
  )
}
