import { getTranslations } from 'next-intl/server'

import type { SearchOrder } from '@/data/search'

type Props = { locale: string; order: SearchOrder; href: (order: SearchOrder) => string }

/** The two orders of the results as plain links: the one shown is marked, the other is a click away. */
export async function SearchOrderChoice({ locale, order, href }: Props) {
  const t = await getTranslations({ locale, namespace: 'search' })
  const choices: { order: SearchOrder; label: string }[] = [
    { order: 'relevance', label: t('orderRelevance') },
    { order: 'newest', label: t('orderNewest') },
  ]
  return (
    <nav className="search-note search-order" aria-label={t('orderLabel')}>
      {t('orderLabel')}:{' '}
      {choices.map((choice, index) => (
        <span key={choice.order}>
          {index > 0 ? ' · ' : null}
          {choice.order === order ? (
            <strong aria-current="true">{choice.label}</strong>
          ) : (
            <a href={href(choice.order)} rel="nofollow">
              {choice.label}
            </a>
          )}
        </span>
      ))}
    </nav>
  )
}
