// The one list of locales: Payload's content localisation and next-intl's routing both read it.
export const locales = [
  { code: 'ar', label: { ar: 'العربية', en: 'Arabic' }, rtl: true },
  { code: 'en', label: { ar: 'الإنجليزية', en: 'English' }, rtl: false },
] as const

export type Locale = (typeof locales)[number]['code']

export const localeCodes = locales.map((locale) => locale.code) as [Locale, ...Locale[]]

export const defaultLocale: Locale = 'ar'

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (localeCodes as string[]).includes(value)
}

export function directionOf(locale: Locale): 'rtl' | 'ltr' {
  return locales.find((entry) => entry.code === locale)?.rtl ? 'rtl' : 'ltr'
}
