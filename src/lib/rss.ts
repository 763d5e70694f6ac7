import { Feed } from 'feed'

export type RssItem = { url: string; title: string; description?: string; published?: string; updated?: string; category?: string; authors: string[] }

type RssChannel = { title: string; description: string; url: string; feedUrl: string; language: string; items: RssItem[] }

/** An RSS 2.0 document for a channel and its items (newest first). */
export function rss({ title, description, url, feedUrl, language, items }: RssChannel): string {
  const newest = items.map((item) => item.updated ?? item.published).filter(Boolean).sort().at(-1)
  const feed = new Feed({
    title,
    description,
    id: url,
    link: url,
    language,
    copyright: title,
    updated: newest ? new Date(newest) : undefined,
    feedLinks: { rss: feedUrl },
  })
  for (const item of items) {
    feed.addItem({
      title: item.title,
      id: item.url,
      link: item.url,
      description: item.description,
      date: new Date(item.published ?? item.updated ?? Date.now()),
      category: item.category ? [{ name: item.category }] : undefined,
      author: item.authors.map((name) => ({ name })),
    })
  }
  return feed.rss2()
}
