import { getLocale } from 'next-intl/server'

import { MissingPage } from '@/components/layout/missing-page'
import { isLocale } from '@/i18n/locales'

// Drawn by the browser when a page calls notFound(); the server already sent the same MissingPage (AnswersMissing).
export default async function NotFound() {
  const locale = await getLocale()
  return <MissingPage locale={isLocale(locale) ? locale : 'ar'} />
}
