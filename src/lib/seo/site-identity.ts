import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'

export type SiteIdentity = { name: string; tagline: string; cardAlt: string; alternateName: string }

/** The site's name as each language writes it, for cards and structured data. */
export async function siteIdentity(locale: Locale): Promise<SiteIdentity> {
  const [t, other] = await Promise.all([getTranslations({ locale, namespace: 'site' }), getTranslations({ locale: locale === 'ar' ? 'en' : 'ar', namespace: 'site' })])
  return { name: t('name'), tagline: t('tagline'), cardAlt: t('cardAlt'), alternateName: other('name') }
}
