import { defineRouting } from 'next-intl/routing'

import { defaultLocale, localeCodes } from './locales'

export const routing = defineRouting({
  locales: localeCodes,
  defaultLocale,
  localePrefix: 'always',
  // Readers land on the Arabic site whatever their browser says; English is one click away.
  localeDetection: false,
})
