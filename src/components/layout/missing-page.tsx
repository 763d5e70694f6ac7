import { getTranslations } from 'next-intl/server'
import { type ReactNode, Suspense } from 'react'

import { SearchForm } from '@/components/search/search-form'
import type { Locale } from '@/i18n/locales'
import { homePath } from '@/lib/paths'

/** What a reader sees at an address the site does not have: where to go instead (home, or a search). */
export async function MissingPage({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'notFound' })
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <h1 className="page-title" id="not-found-title">
        {t('title')}
      </h1>
      <p>{t('body')}</p>
      <p>
        <a href={homePath(locale)}>{t('back')}</a>
      </p>
      <p>{t('search')}</p>
      <SearchForm locale={locale} />
    </section>
  )
}

/**
 * A reader page that may call notFound(). Without this boundary Next 16 answers notFound() with an empty
 * `<html id="__next_error__">` and draws the 404 in the browser (vercel/next.js#62228); inside it, the page is
 * still answered 404 but the server sends the site's layout with MissingPage in it, readable without
 * JavaScript. While the page renders nothing is sent (its HTML is built whole for Next's cache), so readers
 * of a page that exists never see this fallback.
 */
export function AnswersMissing({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <Suspense fallback={<MissingPage locale={locale} />}>{children}</Suspense>
}

type ReaderPageProps = { params: Promise<{ locale: Locale }> }

/** A reader page's component, answering its notFound() through AnswersMissing. */
export function answersMissing<Props extends ReaderPageProps>(Page: (props: Props) => Promise<ReactNode>) {
  return async function ReaderPage(props: Props) {
    const { locale } = await props.params
    return (
      <AnswersMissing locale={locale}>
        <Page {...props} />
      </AnswersMissing>
    )
  }
}
