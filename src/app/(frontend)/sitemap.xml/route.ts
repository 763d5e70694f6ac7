import { listSitemapTerms } from '@/data/feeds'
import { listIndexedArticles } from '@/data/seo'
import { type Locale, localeCodes } from '@/i18n/locales'
import { siteURL } from '@/lib/env'
import { articlePath, homePath, placePath, sectionPath, tagPath } from '@/lib/paths'
import { type SitemapPage, sitemapXml } from '@/lib/seo/sitemaps'
import { xmlResponse } from '@/lib/xml'

// Built per request from one query; the reverse-proxy cache holds it (see xmlResponse). Never at build time.
export const dynamic = 'force-dynamic'

const PATHS = { sections: sectionPath, tags: tagPath, places: placePath } as const

/**
 * Every public page in each language it exists in, with its other-language versions (xhtml:link hreflang). An
 * article is listed only in the languages it has a text in, dated by the last change its readers saw.
 */
export async function GET() {
  const [articles, terms] = await Promise.all([listIndexedArticles(), listSitemapTerms()])
  const pages: SitemapPage[] = [
    { path: homePath, versions: localeCodes },
    ...articles.map((article) => ({
      path: (locale: Locale) => articlePath(locale, article.slug),
      versions: localeCodes.filter((locale) => article.titles[locale]),
      lastmod: article.lastSeenAt,
    })),
    ...terms.map((term) => ({ path: (locale: Locale) => PATHS[term.kind](locale, term.slug), versions: localeCodes })),
  ]
  return xmlResponse(sitemapXml(siteURL(), pages))
}
