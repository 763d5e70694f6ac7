import { getTranslations } from 'next-intl/server'

import { listSitemapArticles } from '@/data/feeds'
import { localeCodes } from '@/i18n/locales'
import { siteURL } from '@/lib/env'
import { articlePath } from '@/lib/paths'
import { xmlEscape, xmlResponse } from '@/lib/xml'

// Built per request from one query; the reverse-proxy cache holds it (see xmlResponse). Never at build time.
export const dynamic = 'force-dynamic'


const WINDOW_MS = 48 * 60 * 60 * 1000

/** A Google News sitemap: the articles published in the last 48 hours, in each language. */
export async function GET() {
  const base = siteURL()
  const since = new Date(Date.now() - WINDOW_MS)
  const urls: string[] = []
  for (const locale of localeCodes) {
    const [articles, t] = await Promise.all([listSitemapArticles(locale, since), getTranslations({ locale, namespace: 'site' })])
    for (const article of articles) {
      urls.push(
        `<url><loc>${xmlEscape(base + articlePath(locale, article.slug))}</loc><news:news><news:publication><news:name>${xmlEscape(t('name'))}</news:name>` +
          `<news:language>${locale}</news:language></news:publication><news:publication_date>${article.publishedAt ?? article.updatedAt}</news:publication_date>` +
          `<news:title>${xmlEscape(article.title)}</news:title></news:news></url>`,
      )
    }
  }
  return xmlResponse(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${urls.join('\n')}\n</urlset>\n`,
  )
}
