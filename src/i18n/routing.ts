import { defineRouting } from 'next-intl/routing'

import { defaultLocale, localeCodes } from './locales'

export const routing = defineRouting({
  locales: localeCodes,
  defaultLocale,
  localePrefix: 'always',
  // Readers land on the Arabic site whatever their browser says; English is one click away.
  localeDetection: false,
  // The language is in the path; a cookie would only stop shared caches from keeping the pages.
  localeCookie: false,
})
