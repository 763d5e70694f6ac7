import { siteURL } from './env'
import { articlePath, feedPath, homePath } from './paths'
import { type RssImage, rss } from './rss'
import { xmlResponse } from './xml'

type Item = { slug: string; title: string; dek?: string; publishedAt?: string; updatedAt?: string; section?: string; authors: string[]; image?: RssImage }

/** `newsroom`: the byline of an item no one signed (RSS readers show an author for every item). */
type Args = { locale: string; title: string; description: string; newsroom: string; items: Item[]; page?: string; feed?: string }

/** An RSS response with absolute links to the site. */
export function feedResponse({ locale, title, description, newsroom, items, page = homePath(locale), feed = feedPath(locale) }: Args): Response {
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
        authors: item.authors.length ? item.authors : [newsroom],
        // Uploads are addressed from the site's root: a feed reader needs the whole address.
        image: item.image ? { ...item.image, url: new URL(item.image.url, base).toString() } : undefined,
      })),
    }),
  )
}
