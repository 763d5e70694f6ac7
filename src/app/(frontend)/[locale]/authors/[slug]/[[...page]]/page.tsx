import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { answersMissing } from '@/components/layout/missing-page'
import { ListingPage } from '@/components/listing/listing-page'
import { FigureImage } from '@/components/ui/figure-image'
import { listPublishedArticles } from '@/data/articles'
import { getAuthor } from '@/data/terms'
import type { Locale } from '@/i18n/locales'
import { siteURL } from '@/lib/env'
import { scriptJson } from '@/lib/jsonld'
import { pageMetadata } from '@/lib/metadata'
import { missingPageMetadata } from '@/lib/seo/missing-page'
import { personJsonLd } from '@/lib/seo/site-jsonld'
import { siteIdentity } from '@/lib/seo/site-identity'
import { pageFromSegments } from '@/lib/paging'
import { authorPath } from '@/lib/paths'

export const revalidate = 60
export const generateStaticParams = () => []

type Props = { params: Promise<{ locale: Locale; slug: string; page?: string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, page } = await params
  const author = await getAuthor(locale, decodeURIComponent(slug))
  if (!author) return missingPageMetadata(locale)
  const [t, site] = await Promise.all([getTranslations({ locale, namespace: 'author' }), siteIdentity(locale)])
  const photo = author.photo
  return pageMetadata({
    locale,
    title: author.name,
    description: author.bio || t('description', { name: author.name }),
    path: (code) => authorPath(code, author.slug),
    page: pageFromSegments(page) ?? 1,
    site,
    type: 'profile',
    image: photo ? { url: photo.url, width: photo.width, height: photo.height, alt: photo.alt || author.name } : undefined,
  })
}

async function AuthorPage({ params }: Props) {
  const { locale, slug, page: segments } = await params
  setRequestLocale(locale)
  const page = pageFromSegments(segments)
  const author = page ? await getAuthor(locale, decodeURIComponent(slug)) : null
  if (!page || !author) notFound()
  const [t, listing] = await Promise.all([getTranslations('author'), listPublishedArticles(locale, { authors: { equals: author.id } }, page)])
  if (page > 1 && page > listing.totalPages) notFound()
  const base = siteURL()
  const person = personJsonLd(
    { name: author.name, url: `${base}${authorPath(locale, author.slug)}`, description: author.bio, image: author.photo ? new URL(author.photo.url, base).href : undefined },
    { base, name: (await siteIdentity(locale)).name },
  )

  return (
    <>
    <ListingPage
      title={author.name}
      intro={
        <div className="author-intro">
          {author.photo ? <FigureImage image={{ ...author.photo, caption: undefined, credit: undefined }} sizes="8rem" className="author-intro__photo" /> : null}
          {author.bio ? <p className="page-intro">{author.bio}</p> : null}
          <h2 className="author-intro__heading">{t('articles')}</h2>
        </div>
      }
      listing={listing}
      base={authorPath(locale, author.slug)}
      locale={locale}
      emptyText={t('empty')}
    />
    <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptJson(person) }} />
    </>
  )
}

export default answersMissing(AuthorPage)
