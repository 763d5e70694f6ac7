import { getTranslations } from 'next-intl/server'

import { MAX_QUERY_LENGTH, type SearchOrder } from '@/data/search'
import { searchPath } from '@/lib/paths'

/** A plain GET form: searching needs no JavaScript. */
export async function SearchForm({ locale, query = '', compact = false, order = 'relevance' }: { locale: string; query?: string; compact?: boolean; order?: SearchOrder }) {
  const t = await getTranslations({ locale, namespace: 'search' })
  const id = compact ? 'site-search' : 'page-search'
  return (
    <form className={compact ? 'search-form search-form--compact' : 'search-form'} action={searchPath(locale)} method="get" role="search">
      <label htmlFor={id} className={compact ? 'visually-hidden' : undefined}>
        {t('label')}
      </label>
      <input id={id} type="search" name="q" defaultValue={query} placeholder={t('placeholder')} maxLength={MAX_QUERY_LENGTH * 2} dir="auto" />
      {/* A new query keeps the order the reader chose. */}
      {order === 'newest' ? <input type="hidden" name="sort" value="newest" /> : null}
      <button type="submit">{t('button')}</button>
    </form>
  )
}
