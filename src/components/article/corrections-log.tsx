import { getTranslations } from 'next-intl/server'

import { PublishedDate } from '@/components/ui/published-date'
import type { CorrectionView } from '@/data/views'

/** What changed after publication, newest first, each entry dated and named for what it is. */
export async function CorrectionsLog({ corrections, locale }: { corrections: CorrectionView[]; locale: string }) {
  if (!corrections.length) return null
  const t = await getTranslations({ locale, namespace: 'corrections' })
  return (
    <section className="corrections" id="corrections" aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">{t('title')}</h2>
      <ol>
        {[...corrections].reverse().map((entry, index) => (
          <li key={index}>
            <strong>{t(entry.kind)}</strong> <PublishedDate iso={entry.at} locale={locale} />
            {entry.claim ? (
              <p className="corrections__claim">
                {t('aboutClaim')} <q dir="auto">{entry.claim}</q>
              </p>
            ) : null}
            <p dir="auto">{entry.note}</p>
          </li>
        ))}
      </ol>
    </section>
  )
}
