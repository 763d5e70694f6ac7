import type { MetadataRoute } from 'next'

import { siteURL } from '@/lib/env'

export default function robots(): MetadataRoute.Robots {
  const base = siteURL()
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api', '/next', '/ar/preview', '/en/preview', '/ar/search', '/en/search'] }],
    sitemap: [`${base}/sitemap.xml`, `${base}/news-sitemap.xml`],
  }
}
