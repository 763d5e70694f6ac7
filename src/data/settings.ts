import { cache } from 'react'

import { DEFAULT_DATE_SETTINGS, type DateSettings, type DigitStyle, isTimeZone } from '@/lib/dates'

import { payloadClient } from './payload'

/** The site settings readers' pages use, read once per render. */
export const getDateSettings = cache(async (): Promise<DateSettings> => {
  const payload = await payloadClient()
  const settings = await payload.findGlobal({ slug: 'settings', overrideAccess: false, user: null, depth: 0 }).catch(() => null)
  return {
    timeZone: isTimeZone(settings?.timeZone) ? settings.timeZone : DEFAULT_DATE_SETTINGS.timeZone,
    digits: (settings?.digits as DigitStyle | undefined) ?? DEFAULT_DATE_SETTINGS.digits,
  }
})
