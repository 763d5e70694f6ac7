import { type Extension, Feed } from 'feed'

import { xmlCharacters, xmlEscape } from './xml'

/** A picture on an item: an absolute address, its media type, size in bytes and dimensions where known. */
export type RssImage = { url: string; type?: string; length?: number; width?: number; height?: number }

export type RssItem = { url: string; title: string; description?: string; published?: string; updated?: string; category?: string; authors: string[]; image?: RssImage }

type RssChannel = { title: string; description: string; url: string; feedUrl: string; language: string; items: RssItem[] }

// Everything here is plain text typed by staff. RSS titles and descriptions are HTML to a feed reader, and the
// feed package writes items' ones into CDATA sections (where xml-js splits only the first "]]>"): those are
// HTML-escaped, which also leaves no "]]>" to end a section early. The rest the feed package XML-escapes itself.

const NAMESPACES = { 'xmlns:dc': 'http://purl.org/dc/elements/1.1/', 'xmlns:media': 'http://search.yahoo.com/mrss/' }

// RSS's own <author> must be an e-mail address, which a byline is not: names go in Dublin Core's dc:creator.
// An array of objects is how xml-js writes the element once per name; the feed package types only one.
const creators = (names: string[]): Extension => ({ name: 'dc:creator', objects: names.map((name) => ({ _text: xmlCharacters(name) })) as unknown as Extension['objects'] })

// media:content says what the enclosure cannot: that it is a picture, and its dimensions.
function mediaContent(image: RssImage): Extension {
  const attributes = { url: image.url, medium: 'image', type: image.type, fileSize: image.length, width: image.width, height: image.height }
  return { name: 'media:content', objects: { _attributes: Object.fromEntries(Object.entries(attributes).filter(([, value]) => value !== undefined)) } }
}

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
    const { image } = item
    feed.addItem({
      title: xmlEscape(item.title),
      id: item.url,
      link: item.url,
      description: item.description && xmlEscape(item.description),
      date: new Date(item.published ?? item.updated ?? Date.now()),
      category: item.category ? [{ name: xmlCharacters(item.category) }] : undefined,
      // An enclosure must give a length: 0 where the size is not on record, as the RSS board advises.
      enclosure: image ? { url: image.url, length: image.length ?? 0, ...(image.type ? { type: image.type } : {}) } : undefined,
      extensions: [...(item.authors.length ? [creators(item.authors)] : []), ...(image ? [mediaContent(image)] : [])],
    })
  }
  return withNamespaces(feed.rss2())
}

/** The feed package declares a namespace only for the elements it writes itself: the root gets ours too, once. */
function withNamespaces(xml: string): string {
  const start = xml.indexOf('<rss ')
  const root = xml.slice(start, xml.indexOf('>', start))
  const missing = Object.entries(NAMESPACES).filter(([name]) => !root.includes(` ${name}=`))
  return `${xml.slice(0, start)}<rss ${missing.map(([name, uri]) => `${name}="${uri}" `).join('')}${xml.slice(start + '<rss '.length)}`
}
