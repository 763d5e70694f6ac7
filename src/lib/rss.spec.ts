import { XMLParser, XMLValidator } from 'fast-xml-parser'
import Parser from 'rss-parser'
import { describe, expect, it } from 'vitest'

import { rss } from './rss'

const channel = { title: 'مرصد', description: 'أخبار موثّقة', url: 'https://mirsad.example/ar', feedUrl: 'https://mirsad.example/ar/feed.xml', language: 'ar' }
const item = {
  url: 'https://mirsad.example/ar/articles/dioura',
  title: 'جماعة مسلحة تعلن السيطرة على معسكر',
  description: 'تمهيد <script>alert(1)</script> & انتهى',
  published: '2025-05-25T09:30:00.000Z',
  authors: ['آمنة توري', 'Omar <b>Ansari</b>'],
  image: { url: 'https://mirsad.example/api/media/file/dunes-800x450.webp', type: 'image/webp', length: 48213, width: 800, height: 450 },
}

const parse = (xml: string) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml).rss

describe('rss', () => {
  it('should name each author in dc:creator, never in RSS’s e-mail-only <author>', async () => {
    const xml = rss({ ...channel, items: [item] })
    expect(XMLValidator.validate(xml)).toBe(true)
    const document = parse(xml)
    expect(document['xmlns:dc']).toBe('http://purl.org/dc/elements/1.1/')
    expect(document.channel.item['dc:creator']).toEqual(['آمنة توري', 'Omar <b>Ansari</b>'])
    expect(document.channel.item.author).toBeUndefined()
    const feed = await new Parser().parseString(xml)
    expect(feed.items[0].creator).toBe('آمنة توري')
  })

  it('should carry the picture as an enclosure and as media:content, with its type, size and dimensions', async () => {
    const { channel: parsed, ...root } = parse(rss({ ...channel, items: [item] }))
    expect(root['xmlns:media']).toBe('http://search.yahoo.com/mrss/')
    expect(parsed.item.enclosure).toEqual({ url: item.image.url, type: 'image/webp', length: '48213' })
    expect(parsed.item['media:content']).toEqual({ url: item.image.url, medium: 'image', type: 'image/webp', fileSize: '48213', width: '800', height: '450' })
    const feed = await new Parser().parseString(rss({ ...channel, items: [item] }))
    expect(feed.items[0].enclosure).toMatchObject({ url: item.image.url, type: 'image/webp', length: '48213' })
  })

  it('should leave out what is not known: no picture, no size, no authors', () => {
    const bare = parse(rss({ ...channel, items: [{ ...item, authors: [], image: undefined }, { ...item, image: { url: item.image.url } }] })).channel.item
    expect(bare[0]).not.toHaveProperty('enclosure')
    expect(bare[0]).not.toHaveProperty('media:content')
    expect(bare[0]).not.toHaveProperty('dc:creator')
    expect(bare[1].enclosure).toEqual({ url: item.image.url, length: '0', type: 'image/webp' })
    expect(bare[1]['media:content']).toEqual({ url: item.image.url, medium: 'image' })
  })

  it('should keep the description escaped: markup a reader’s HTML renderer shows as typed', () => {
    const description = new XMLParser().parse(rss({ ...channel, items: [item] })).rss.channel.item.description as string
    expect(description).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(description).not.toMatch(/<[a-z/!]/i)
  })
})
