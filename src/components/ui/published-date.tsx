import { getDateSettings } from '@/data/settings'
import { formatPublishedDate, formatRelativeDate } from '@/lib/dates'

type Props = { iso?: string; locale: string; relative?: boolean }

/** A date in the newsroom's clock and digits; `relative` says how long ago, with the full date on hover. */
export async function PublishedDate({ iso, locale, relative = false }: Props) {
  if (!iso) return null
  const settings = await getDateSettings()
  const full = formatPublishedDate(iso, locale, settings)
  if (!relative) return <time dateTime={iso}>{full}</time>
  return (
    <time dateTime={iso} title={full}>
      {formatRelativeDate(iso, locale, new Date(), settings)}
    </time>
  )
}
