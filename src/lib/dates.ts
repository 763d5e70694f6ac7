// Dates readers see: the newsroom's clock and its choice of digits (a site setting), in the page's language.

export const DIGIT_STYLES = {
  latn: { ar: 'أرقام غربية (0123)', en: 'Western digits (0123)' },
  arab: { ar: 'أرقام عربية مشرقية (٠١٢٣)', en: 'Arabic-Indic digits (٠١٢٣)' },
} as const

export type DigitStyle = keyof typeof DIGIT_STYLES

export type DateSettings = { timeZone: string; digits: DigitStyle }

export const DEFAULT_DATE_SETTINGS: DateSettings = { timeZone: 'UTC', digits: 'latn' }

export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || !value) return false
  try {
    new Intl.DateTimeFormat('en', { timeZone: value })
    return true
  } catch {
    return false
  }
}

/** The Intl locale for a page language and a digit style: `ar-u-nu-arab`, `ar-u-nu-latn`; English keeps its own. */
export function intlLocale(locale: string, digits: DigitStyle): string {
  if (locale === 'ar') return `ar-u-nu-${digits in DIGIT_STYLES ? digits : 'latn'}`
  return locale === 'en' ? 'en' : 'ar'
}

export function formatPublishedDate(iso: string, locale: string, settings: DateSettings = DEFAULT_DATE_SETTINGS): string {
  return new Intl.DateTimeFormat(intlLocale(locale, settings.digits), { dateStyle: 'long', timeStyle: 'short', timeZone: settings.timeZone }).format(new Date(iso))
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['minute', 60],
  ['hour', 60 * 60],
  ['day', 24 * 60 * 60],
]

/**
 * «منذ ساعتين» for what happened within the last week, the full date otherwise; `now` is passed in so pages
 * and tests agree on it.
 */
export function formatRelativeDate(iso: string, locale: string, now: Date, settings: DateSettings = DEFAULT_DATE_SETTINGS): string {
  const seconds = Math.round((new Date(iso).getTime() - now.getTime()) / 1000)
  const elapsed = -seconds
  if (elapsed < 0 || elapsed >= 7 * 24 * 60 * 60) return formatPublishedDate(iso, locale, settings)
  const format = new Intl.RelativeTimeFormat(intlLocale(locale, settings.digits), { numeric: 'auto' })
  if (elapsed < 60) return format.format(0, 'minute')
  const [unit, size] = [...UNITS].reverse().find(([, length]) => elapsed >= length) ?? UNITS[0]
  return format.format(-Math.floor(elapsed / size), unit)
}

/**
 * A date as the admin shows it everywhere: day before month, Western digits, 24-hour clock ("02/12/2026 06:14"),
 * the same order as Payload's own dates (admin.dateFormat); the time zone is the newsroom's, or the server's.
 */
export function formatAdminDate(iso: string, timeZone?: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  )
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`
}
