import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { Pagination } from '@/components/listing/pagination'
import { SearchForm } from '@/components/search/search-form'
import { Highlighted } from '@/components/search/highlighted'
import { SearchOrderChoice } from '@/components/search/search-order'
import { PublishedDate } from '@/components/ui/published-date'
import { type SearchOrder, searchArticles, searchOrderOf } from '@/data/search'
import type { Locale } from '@/i18n/locales'
import { pageMetadata } from '@/lib/metadata'
import { articlePath, searchPath } from '@/lib/paths'
import { siteIdentity } from '@/lib/seo/site-identity'

type Props = {
  params: Promise<{ locale: Locale }>
  searchParams: Promise<{ q?: string | string[]; page?: string | string[]; sort?: string | string[] }>
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? ''

/** A results page in the order asked for: relevance is the default and needs no parameter. */
const resultsPath = (locale: string, query: string, order: SearchOrder, page = 1) => {
  const path = searchPath(locale, query, page)
  return order === 'newest' ? `${path}${path.includes('?') ? '&' : '?'}sort=newest` : path
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const [t, site] = await Promise.all([getTranslations({ locale, namespace: 'search' }), siteIdentity(locale)])
  // Result pages are not for search engines; the page itself is reachable in both languages.
  return { ...pageMetadata({ locale, title: t('title'), description: t('label'), path: (code) => searchPath(code), site }), robots: { index: false, follow: true } }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const asked = await searchParams
  const query = first(asked.q)
  const page = Number.parseInt(first(asked.page), 10) || 1
  const order = searchOrderOf(first(asked.sort))
  const [t, results] = await Promise.all([getTranslations('search'), searchArticles(locale, query, page, order)])
  const typed = query.trim().length > 0

  return (
    <>
      <h1 className="page-title">{t('title')}</h1>
      <SearchForm locale={locale} query={results.query} order={order} />
      {results.truncated ? <p className="search-note">{t('truncated')}</p> : null}
      {!typed ? <p className="search-note">{t('prompt')}</p> : null}
      {typed && !results.terms.length ? <p className="search-note">{t('emptyQuery')}</p> : null}
      {results.terms.length ? (
        <p className="search-count" role="status">
          {t('results', { total: results.total, query: results.query })}
        </p>
      ) : null}
      {results.total > 1 ? <SearchOrderChoice locale={locale} order={order} href={(choice) => resultsPath(locale, results.query, choice)} /> : null}
      {results.terms.length && !results.total ? (
        <div className="search-empty">
          <p>{t('none', { query: results.query })}</p>
          <p>{t('noneHint')}</p>
        </div>
      ) : null}
      {results.hits.length ? (
        <ol className="search-results">
          {results.hits.map((hit) => (
            <li key={hit.slug} className="search-result">
              {hit.section ? <p className="kicker">{hit.section}</p> : null}
              <h2 className="search-result__title" dir="auto">
                <a href={articlePath(locale, hit.slug)}>
                  <Highlighted pieces={hit.title} />
                </a>
              </h2>
              <p className="search-result__excerpt" dir="auto">
                <Highlighted pieces={hit.excerpt} />
              </p>
              <PublishedDate iso={hit.publishedAt} locale={locale} />
            </li>
          ))}
        </ol>
      ) : null}
      <Pagination
        base={resultsPath(locale, results.query, order)}
        page={results.page}
        totalPages={results.totalPages}
        locale={locale}
        href={(n) => resultsPath(locale, results.query, order, n)}
        ranked={order === 'relevance'}
      />
    </>
  )
}
