import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ArticleBody } from '@/components/article/article-body'
import { ArticleHeader } from '@/components/article/article-header'
import { CorrectionsLog } from '@/components/article/corrections-log'
import { SourcesPanel } from '@/components/article/sources-panel'
import { answersMissing } from '@/components/layout/missing-page'
import { getPublishedArticle, getRenamedArticleSlug } from '@/data/articles'
import { articleLanguages } from '@/data/seo'
import { inReadingOrder, listPublicClaims, mergeCorrections } from '@/data/claims'
import { directionOf, type Locale } from '@/i18n/locales'
import { siteURL } from '@/lib/env'
import { articleJsonLd, scriptJson } from '@/lib/jsonld'
import { markedClaimIds } from '@/lib/lexical'
import { pageMetadata } from '@/lib/metadata'
import { missingPageMetadata } from '@/lib/seo/missing-page'
import { lastSeenChange } from '@/lib/seo/cards'
import { siteIdentity } from '@/lib/seo/site-identity'
import { articlePath, authorPath } from '@/lib/paths'

// Served from Next's cache; publishing, unpublishing, corrections and claim changes revalidate it at once
// (src/data/revalidate.ts), and the minute bounds what only time changes (an embargo lifting).
export const revalidate = 60
export const generateStaticParams = () => []

type Props = { params: Promise<{ locale: Locale; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const article = await getPublishedArticle(locale, decodeURIComponent(slug))
  if (!article) return missingPageMetadata(locale)
  const [versions, claims, site] = await Promise.all([articleLanguages(article.id), listPublicClaims(article.id, locale), siteIdentity(locale)])
  // Shown in a language it was not written in, the page is a copy of the original: not indexed, pointing at it.
  const textLocale = (article.textLocale as Locale | undefined) ?? locale
  const description = article.dek ?? site.tagline
  const hero = article.heroImage
  return {
    ...pageMetadata({
      locale: textLocale,
      title: article.title,
      description,
      path: (code) => articlePath(code, article.slug),
      versions,
      site,
      type: 'article',
      image: hero ? { url: hero.url, width: hero.width, height: hero.height, alt: hero.alt } : undefined,
      openGraph: {
        publishedTime: article.publishedAt,
        modifiedTime: lastSeenChange(article.publishedAt, mergeCorrections(article.corrections, claims).map((entry) => entry.at)),
        section: article.section?.name,
        authors: article.authors.map((author) => author.name),
      },
    }),
    ...(article.textLocale ? { robots: { index: false, follow: true } } : {}),
  }
}

async function ArticlePage({ params }: Props) {
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
    dateModified: lastSeenChange(article.publishedAt, corrections.map((entry) => entry.at)),
    authors: article.authors.map((author) => ({ name: author.name, url: author.slug ? `${base}${authorPath(locale, author.slug)}` : undefined })),
    section: article.section?.name,
    image: article.heroImage ? new URL(article.heroImage.url, base).toString() : undefined,
    language: article.textLocale ?? locale,
    corrections: corrections.map((entry) => ({ text: entry.note, datePublished: entry.at })),
    claims,
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
          <ArticleHeader article={article} locale={locale} corrections={corrections} />
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

export default answersMissing(ArticlePage)
