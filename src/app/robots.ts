import type { MetadataRoute } from 'next'

import { localeCodes } from '@/i18n/locales'
import { siteURL } from '@/lib/env'

// Built per request: prerendered, it carried the address of the machine that built the app, not the site's.
export const dynamic = 'force-dynamic'

/**
 * Readers' pages, feeds and every media file (the images of cards, heroes and structured data are served from
 * /api/media/file/…) are open; the admin, the rest of the API, Next's revalidation hook, previews and search
 * results are not. Crawlers take the longest matching rule, so the Allow of the media files wins over /api.
 */
export default function robots(): MetadataRoute.Robots {
  const base = siteURL()
  return {
    rules: [
      {
        userAgent: '*',
        allow: ['/', '/api/media/file/'],
        disallow: ['/admin', '/api', '/next', ...localeCodes.flatMap((locale) => [`/${locale}/preview`, `/${locale}/search`])],
      },
    ],
    sitemap: [`${base}/sitemap.xml`, `${base}/news-sitemap.xml`],
  }
}
