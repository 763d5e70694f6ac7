import { getTranslations } from 'next-intl/server'

import { pagedPath } from '@/lib/paths'

type Props = {
  base: string
  page: number
  totalPages: number
  locale: string
  href?: (page: number) => string
  /** Results ranked by relevance are not in time order: their links say previous/next, not newer/older. */
  ranked?: boolean
}

/** Previous / next links with the position in words; plain links, so it works without JavaScript. */
export async function Pagination({ base, page, totalPages, locale, href = (n) => pagedPath(base, n), ranked = false }: Props) {
  if (totalPages <= 1) return null
  const t = await getTranslations({ locale, namespace: 'listing' })
  return (
    <nav className="pagination" aria-label={t('pages')}>
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev">
          {t(ranked ? 'previous' : 'newer')}
        </a>
      ) : null}
      <span aria-current="page">{t('position', { page, totalPages })}</span>
      {page < totalPages ? (
        <a href={href(page + 1)} rel="next">
          {t(ranked ? 'next' : 'older')}
        </a>
      ) : null}
    </nav>
  )
}
