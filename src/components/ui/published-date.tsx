import { formatPublishedDate } from '@/lib/dates'

export function PublishedDate({ iso, locale }: { iso?: string; locale: string }) {
  if (!iso) return null
  return <time dateTime={iso}>{formatPublishedDate(iso, locale)}</time>
}
