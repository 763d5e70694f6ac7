import { Feed } from 'feed'

import { xmlCharacters, xmlEscape } from './xml'

export type RssItem = { url: string; title: string; description?: string; published?: string; updated?: string; category?: string; authors: string[] }

type RssChannel = { title: string; description: string; url: string; feedUrl: string; language: string; items: RssItem[] }

// Everything here is plain text typed by staff. RSS titles and descriptions are HTML to a feed reader, and the
// feed package writes items' ones into CDATA sections (where xml-js splits only the first "]]>"): those are
// HTML-escaped, which also leaves no "]]>" to end a section early. The rest the feed package XML-escapes itself.

/** An RSS 2.0 document for a channel and its items (newest first). */
export function rss({ title, description, url, feedUrl, language, items }: RssChannel): string {
  const newest = items.map((item) => item.updated ?? item.published).filter(Boolean).sort().at(-1)
  const feed = new Feed({
    title: xmlEscape(title),
    description: xmlEscape(description),
    id: url,
    link: url,
    language,
    copyright: xmlCharacters(title),
    updated: newest ? new Date(newest) : undefined,
    feedLinks: { rss: feedUrl },
  })
  for (const item of items) {
    feed.addItem({
      title: xmlEscape(item.title),
      id: item.url,
      link: item.url,
      description: item.description && xmlEscape(item.description),
      date: new Date(item.published ?? item.updated ?? Date.now()),
      category: item.category ? [{ name: xmlCharacters(item.category) }] : undefined,
      author: item.authors.map((name) => ({ name: xmlCharacters(name) })),
    })
  }
  return feed.rss2()
}
