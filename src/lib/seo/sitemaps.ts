import { defaultLocale, type Locale } from '@/i18n/locales'

import { xmlEscape } from '../xml'

// The sitemap protocol (sitemaps.org) with Google's hreflang (xhtml:link) and News extensions.

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9'
const XHTML_NS = 'http://www.w3.org/1999/xhtml'
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9'

/** A page in each language it exists in; `lastmod` is the last change readers saw, when there is one. */
export type SitemapPage = { path: (locale: Locale) => string; versions: readonly Locale[]; lastmod?: string }

/** One `<url>` per language version, each naming every version (itself included) and x-default. */
export function sitemapXml(base: string, pages: SitemapPage[]): string {
  const urls = pages.flatMap(({ path, versions, lastmod }) => {
    const fallback = versions.includes(defaultLocale) ? defaultLocale : versions[0]
    const links = [
      ...versions.map((other) => `<xhtml:link rel="alternate" hreflang="${other}" href="${xmlEscape(base + path(other))}"/>`),
      `<xhtml:link rel="alternate" hreflang="x-default" href="${xmlEscape(base + path(fallback))}"/>`,
    ].join('')
    return versions.map((locale) => `<url><loc>${xmlEscape(base + path(locale))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}${links}</url>`)
  })
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${SITEMAP_NS}" xmlns:xhtml="${XHTML_NS}">\n${urls.join('\n')}\n</urlset>\n`
}

export type NewsEntry = { path: string; locale: Locale; title: string; publishedAt: string; publication: string }

/**
 * A News sitemap of the reports from the last 48 hours. The sitemap schema wants at least one `<url>` (an empty
 * `<urlset>` fails it), and Google's News rules let an older article stay listed without its `<news:news>`
 * ("remove the <news:news> metadata from the older URLs"): when nothing is recent, `older` (the newest
 * articles, or the home pages on a site with none) keeps the document valid without claiming any news.
 */
export function newsSitemapXml(base: string, recent: NewsEntry[], older: string[]): string {
  const urls = recent.length
    ? recent.map(
        (entry) =>
          `<url><loc>${xmlEscape(base + entry.path)}</loc><news:news><news:publication><news:name>${xmlEscape(entry.publication)}</news:name>` +
          `<news:language>${entry.locale}</news:language></news:publication><news:publication_date>${entry.publishedAt}</news:publication_date>` +
          `<news:title>${xmlEscape(entry.title)}</news:title></news:news></url>`,
      )
    : older.map((path) => `<url><loc>${xmlEscape(base + path)}</loc></url>`)
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}">\n${urls.join('\n')}\n</urlset>\n`
}
