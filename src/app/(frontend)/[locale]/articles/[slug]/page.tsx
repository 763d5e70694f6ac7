import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ArticleBody } from '@/components/article/article-body'
import { ArticleHeader } from '@/components/article/article-header'
import { CorrectionsLog } from '@/components/article/corrections-log'
import { SourcesPanel } from '@/components/article/sources-panel'
import { getPublishedArticle, getRenamedArticleSlug } from '@/data/articles'
import { inReadingOrder, listPublicClaims, mergeCorrections } from '@/data/claims'
import { directionOf, type Locale } from '@/i18n/locales'
import { VERDICTS } from '@/lib/claims/verdicts'
import { siteURL } from '@/lib/env'
import { articleJsonLd, scriptJson } from '@/lib/jsonld'
import { markedClaimIds } from '@/lib/lexical'
import { alternatesFor } from '@/lib/metadata'
import { articlePath, authorPath } from '@/lib/paths'

// Served from Next's cache; publishing, unpublishing, corrections and claim changes revalidate it at once
// (src/data/revalidate.ts), and the minute bounds what only time changes (an embargo lifting).
export const revalidate = 60
export const generateStaticParams = () => []

type Props = { params: Promise<{ locale: Locale; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const article = await getPublishedArticle(locale, decodeURIComponent(slug))
  if (!article) return {}
  const image = article.heroImage ? [{ url: article.heroImage.url, width: article.heroImage.width, height: article.heroImage.height, alt: article.heroImage.alt }] : undefined
  return {
    title: article.title,
    description: article.dek,
    alternates: alternatesFor(locale, (code) => articlePath(code, article.slug)),
    openGraph: {
      type: 'article',
      title: article.title,
      description: article.dek,
      url: articlePath(locale, article.slug),
      locale,
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt,
      section: article.section?.name,
      authors: article.authors.map((author) => author.name),
      images: image,
    },
    twitter: { card: image ? 'summary_large_image' : 'summary', title: article.title, description: article.dek, images: image?.map((entry) => entry.url) },
  }
}

export default async function ArticlePage({ params }: Props) {
  const { locale, slug: rawSlug } = await params
  setRequestLocale(locale)
  const slug = decodeURIComponent(rawSlug)
  const article = await getPublishedArticle(locale, slug)
  if (!article) {
    const renamed = await getRenamedArticleSlug(slug)
    if (renamed) permanentRedirect(articlePath(locale, renamed))
    notFound()
  }
  const markedIds = markedClaimIds(article.body)
  const [recorded, t, tArticle] = await Promise.all([listPublicClaims(article.id, locale), getTranslations('claims'), getTranslations('article')])
  const claims = inReadingOrder(recorded, markedIds)
  const corrections = mergeCorrections(article.corrections, claims)
  const base = siteURL()
  const jsonLd = articleJsonLd({
    url: `${base}${articlePath(locale, article.slug)}`,
    headline: article.title,
    description: article.dek,
    datePublished: article.publishedAt,
    dateModified: article.updatedAt,
    authors: article.authors.map((author) => ({ name: author.name, url: author.slug ? `${base}${authorPath(locale, author.slug)}` : undefined })),
    section: article.section?.name,
    image: article.heroImage ? new URL(article.heroImage.url, base).toString() : undefined,
    language: article.textLocale ?? locale,
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
  const textLocale = article.textLocale as Locale | undefined

  return (
    <>
      {textLocale ? (
        <p className="translation-notice" role="note">
          {tArticle('notTranslated')}
        </p>
      ) : null}
      <div lang={textLocale} dir={textLocale ? directionOf(textLocale) : undefined}>
        <article className="article">
          <ArticleHeader article={article} locale={locale} />
          {claims.length ? (
            <p className="article__sources-link">
              <a href="#sources">{t('jump', { count: claims.length })}</a>
            </p>
          ) : null}
          <ArticleBody body={article.body} locale={locale} claims={claims} />
        </article>
      </div>
      <SourcesPanel claims={claims} locale={locale} markedIds={markedIds} />
      <CorrectionsLog corrections={corrections} locale={locale} />
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptJson(jsonLd) }} />
    </>
  )
}
