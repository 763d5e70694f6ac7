import { listSitemapArticles, listSitemapTerms } from '@/data/feeds'
import { localeCodes } from '@/i18n/locales'
import { siteURL } from '@/lib/env'
import { articlePath, homePath, placePath, sectionPath, tagPath } from '@/lib/paths'
import { xmlEscape, xmlResponse } from '@/lib/xml'

// Built per request from one query; the reverse-proxy cache holds it (see xmlResponse). Never at build time.
export const dynamic = 'force-dynamic'


const PATHS = { sections: sectionPath, tags: tagPath, places: placePath } as const

/** Every public page in both languages, each with its other-language version (xhtml:link hreflang). */
export async function GET() {
  const base = siteURL()
  const [articles, terms] = await Promise.all([listSitemapArticles('ar'), listSitemapTerms()])
  const entry = (path: (locale: string) => string, lastmod?: string) =>
    localeCodes
      .map(
        (locale) =>
          `<url><loc>${xmlEscape(base + path(locale))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}` +
          localeCodes.map((other) => `<xhtml:link rel="alternate" hreflang="${other}" href="${xmlEscape(base + path(other))}"/>`).join('') +
          `<xhtml:link rel="alternate" hreflang="x-default" href="${xmlEscape(base + path('ar'))}"/></url>`,
      )
      .join('\n')
  const urls = [
    entry(homePath),
    ...articles.map((article) => entry((locale) => articlePath(locale, article.slug), article.updatedAt)),
    ...terms.map((term) => entry((locale) => PATHS[term.kind](locale, term.slug))),
  ]
  return xmlResponse(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`,
  )
}
