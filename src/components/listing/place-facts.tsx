import { getTranslations } from 'next-intl/server'

import type { TermPageView } from '@/data/terms'

/** Where a place is, the other names it goes by (Latin names kept in their own direction), and its coordinates. */
export async function PlaceFacts({ place, locale }: { place: TermPageView; locale: string }) {
  const t = await getTranslations({ locale, namespace: 'place' })
  const where = [place.region, place.country].filter(Boolean).join(locale === 'ar' ? '، ' : ', ')
  return (
    <dl className="place-facts">
      {where ? (
        <>
          <dt>{t('where')}</dt>
          <dd>{where}</dd>
        </>
      ) : null}
      {place.otherNames?.length ? (
        <>
          <dt>{t('otherNames')}</dt>
          <dd>
            {place.otherNames.map((name, index) => (
              <span key={name}>
                {index ? (locale === 'ar' ? '، ' : ', ') : ''}
                <bdi>{name}</bdi>
              </span>
            ))}
          </dd>
        </>
      ) : null}
      {place.coordinates ? (
        <>
          <dt>{t('coordinates')}</dt>
          <dd>
            <bdi dir="ltr">
              {place.coordinates.latitude.toFixed(3)}, {place.coordinates.longitude.toFixed(3)}
            </bdi>
          </dd>
        </>
      ) : null}
    </dl>
  )
}
