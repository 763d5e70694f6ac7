import { Readable } from 'node:stream'

import FeedParser from 'feedparser'

// A feed read by feedparser, the parser many feed readers and aggregators are built on.

export type ParsedFeed = { meta: FeedParser.Meta; items: FeedParser.Item[] }

export function parseFeed(xml: string, feedurl: string): Promise<ParsedFeed> {
  return new Promise((resolve, reject) => {
    const parser = new FeedParser({ feedurl, normalize: true, addmeta: false })
    const items: FeedParser.Item[] = []
    let meta: FeedParser.Meta | undefined
    parser.on('error', reject)
    parser.on('meta', (value: FeedParser.Meta) => (meta = value))
    parser.on('readable', () => {
      let item: FeedParser.Item | null
      while ((item = parser.read() as FeedParser.Item | null)) items.push(item)
    })
    parser.on('end', () => (meta ? resolve({ meta, items }) : reject(new Error(`${feedurl}: feedparser found no feed`))))
    Readable.from([Buffer.from(xml, 'utf8')]).pipe(parser)
  })
}

const isDate = (value: unknown): value is Date => value instanceof Date && !Number.isNaN(value.getTime())

/** What feedparser read that a feed reader would stumble on; `origin` is the site's address. */
export function feedProblems({ meta, items }: ParsedFeed, origin: string): string[] {
  const problems: string[] = []
  if (!meta.title?.trim()) problems.push('the feed has no title')
  if (!meta.link?.startsWith(origin)) problems.push(`the feed's link ${meta.link} is not on ${origin}`)
  if (!meta.language) problems.push('the feed has no language')
  // A section's feed in a language none of its articles is written in is rightly empty (RSS allows no items);
  // the site's own feeds are checked for items by the spec.
  for (const item of items) {
    const label = `item «${(item.title ?? '').slice(0, 50)}»`
    if (!item.title?.trim()) problems.push(`${label}: no title`)
    if (!item.link || !/^https?:\/\//.test(item.link) || !item.link.startsWith(origin)) problems.push(`${label}: link ${item.link} is not an absolute address on the site`)
    if (!item.guid) problems.push(`${label}: no guid`)
    if (!isDate(item.pubdate)) problems.push(`${label}: no publication date feedparser can read (${JSON.stringify(item.meta?.pubdate ?? item.pubdate)})`)
    else if (item.pubdate.getTime() > Date.now() + 60_000) problems.push(`${label}: published in the future (${item.pubdate.toISOString()})`)
  }
  return problems
}

const RUNS = /<\s*(script|iframe|object|embed|style|form|svg|math|base|meta|link)\b|\son[a-z]+\s*=|javascript:/i

/** #15 item 7: who wrote each item, its picture, and descriptions that carry no markup a reader would run. */
export function feedItemProblems({ items }: ParsedFeed): string[] {
  const problems: string[] = []
  for (const item of items) {
    const label = `item «${(item.title ?? '').slice(0, 50)}»`
    if (!item.author?.trim()) problems.push(`${label}: no author (dc:creator)`)
    const media = (item as FeedParser.Item & { 'media:content'?: unknown })['media:content']
    if (!item.enclosures?.some((enclosure) => enclosure.url && enclosure.type?.startsWith('image/')) && !media && !item.image?.url) {
      problems.push(`${label}: no image (enclosure or media:content)`)
    }
    // The description is HTML to a feed reader: staff text in it must arrive as text, never as markup that runs.
    if (RUNS.test(item.description ?? '')) problems.push(`${label}: description carries markup a reader would run: ${item.description!.slice(0, 160)}`)
  }
  return problems
}
