import { notFound } from 'next/navigation'
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
 * A missing page, answered inside a Suspense boundary. Without it Next 16 answers notFound() with an empty
 * `<html id="__next_error__">` and draws the 404 in the browser (vercel/next.js#62228); inside it, the page is
 * still answered 404 but the server sends the site's layout with MissingPage in it, readable without JavaScript.
 */
export function AnswersMissing({ locale }: { locale: Locale }) {
  return (
    <Suspense fallback={<MissingPage locale={locale} />}>
      <StillMissing />
    </Suspense>
  )
}

function StillMissing(): never {
  notFound()
}

/** What notFound() throws (next/dist/client/components/not-found). */
const isNotFound = (error: unknown) => typeof error === 'object' && error !== null && (error as { digest?: unknown }).digest === 'NEXT_HTTP_ERROR_FALLBACK;404'

type ReaderPageProps = { params: Promise<{ locale: Locale }> }

/**
 * A reader page's component whose notFound() is answered through AnswersMissing. The page itself is worked out
 * first, outside any boundary: a page that exists is sent whole, as before (inside a Suspense boundary its HTML
 * would hold MissingPage, the page itself hidden until a script swapped them: a reader or crawler without
 * JavaScript saw «الصفحة غير موجودة» on every article). Only a page that calls notFound() gets the boundary.
 */
export function answersMissing<Props extends ReaderPageProps>(Page: (props: Props) => Promise<ReactNode>) {
  return async function ReaderPage(props: Props) {
    try {
      return await Page(props)
    } catch (error) {
      if (!isNotFound(error)) throw error
      return <AnswersMissing locale={(await props.params).locale} />
    }
  }
}
