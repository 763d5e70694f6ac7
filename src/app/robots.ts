import type { MetadataRoute } from 'next'

import { siteURL } from '@/lib/env'

// Built per request: prerendered, it carried the address of the machine that built the app, not the site's.
export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  const base = siteURL()
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api', '/next', '/ar/preview', '/en/preview', '/ar/search', '/en/search'] }],
    sitemap: [`${base}/sitemap.xml`, `${base}/news-sitemap.xml`],
  }
}
