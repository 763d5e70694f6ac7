// The newsroom's clock; a site setting replaces this default in the reader-site work.
export const NEWSROOM_TIME_ZONE = process.env.NEWSROOM_TIME_ZONE || 'UTC'

export function formatPublishedDate(iso: string, locale: string, timeZone = NEWSROOM_TIME_ZONE): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(iso))
}
