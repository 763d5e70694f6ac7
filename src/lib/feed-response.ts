import { siteURL } from './env'
import { articlePath, feedPath, homePath } from './paths'
import { rss } from './rss'
import { xmlResponse } from './xml'

type Item = { slug: string; title: string; dek?: string; publishedAt?: string; updatedAt?: string; section?: string; authors: string[] }

type Args = { locale: string; title: string; description: string; items: Item[]; page?: string; feed?: string }

/** An RSS response with absolute links to the site. */
export function feedResponse({ locale, title, description, items, page = homePath(locale), feed = feedPath(locale) }: Args): Response {
  const base = siteURL()
  return xmlResponse(
    rss({
      title,
      description,
      url: `${base}${page}`,
      feedUrl: `${base}${feed}`,
      language: locale,
      items: items.map((item) => ({
        url: `${base}${articlePath(locale, item.slug)}`,
        title: item.title,
        description: item.dek,
        published: item.publishedAt,
        updated: item.updatedAt,
        category: item.section,
        authors: item.authors,
      })),
    }),
  )
}
