import config from '@payload-config'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { User } from '@/payload-types'

import { graphqlRequest } from './helpers/clients'
import { addUser, initTestPayload, publishAs, type TestPayload } from './helpers/payload'

// The feed routes read the site's name through next-intl, whose request config only Next's build wires up.
vi.mock('next-intl/server', () => ({ getTranslations: async () => (key: string) => `site.${key}` }))

// What a hostile reader sends once the obvious doors are shut (issue #13): documents too big for the GraphQL
// guard, lists without end, forged addresses, markup in staff-entered text. Each goes through the app's own
// routes on a real SQLite file.

let t: TestPayload
let editor: User

beforeAll(async () => {
  t = await initTestPayload()
  await addUser(t.payload, 'admin@mirsad.test', 'admin')
  editor = await addUser(t.payload, 'editor@mirsad.test', 'editor')
})

afterAll(async () => {
  await t?.cleanup()
})

const bodyOf = async (response: Response) => JSON.stringify(await response.json())

describe('GraphQL documents the guard cannot read', () => {
  const selfSpreading = (padding: string) => `query { Articles { docs { ...A } } } fragment A on Article { ${padding} ...A }`

  it('should refuse a self-spreading fragment hidden past the token limit with a 400, before Payload sees it', async () => {
    const response = await graphqlRequest(config, selfSpreading('id '.repeat(6000)))
    expect(response.status).toBe(400)
    const text = await bodyOf(response)
    expect(text).toContain('Too many tokens')
    expect(text).toMatch(/[\u0600-\u06FF]/)
  })

  it('should refuse a document longer than the guard reads, whatever it holds', async () => {
    const response = await graphqlRequest(config, `{ Articles { docs { id } } }${' '.repeat(200_000)}`)
    expect(response.status).toBe(400)
    expect(await bodyOf(response)).toContain('too long')
  })

  it('should refuse a document that does not parse with a 400 naming where, in both languages', async () => {
    const response = await graphqlRequest(config, '{ Articles { docs { id }')
    expect(response.status).toBe(400)
    const text = await bodyOf(response)
    expect(text).toContain('does not parse')
    expect(text).toContain('لا يمكن قراءة')
  })

  it('should still answer an ordinary query', async () => {
    const response = await graphqlRequest(config, '{ Articles(limit: 5) { docs { id } } }')
    expect(response.status).toBe(200)
  })
})

describe('staff-entered text in feeds and sitemaps', () => {
  const SCRIPT = '<script>alert(1)</script>'
  // xml-js, under the feed package, splits only the first "]]>" of a CDATA section: the second one ends it.
  const BREAKOUT = ']]> ]]><injected>yes</injected>'

  it('should carry a standfirst and a headline as text in the RSS feed, never as markup', async () => {
    await publishAs(t.payload, editor, { title: `عنوان ${BREAKOUT} <b>غامق</b> & هو`, dek: `تمهيد ${SCRIPT} ${BREAKOUT} & انتهى` })
    const { GET } = await import('@/app/(frontend)/[locale]/feed.xml/route')
    const xml = await (await GET(new Request('http://localhost/ar/feed.xml'), { params: Promise.resolve({ locale: 'ar' }) })).text()
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(xml).not.toContain('<injected>')
    const item = new XMLParser({ processEntities: true }).parse(xml).rss.channel.item as { title: string; description: string }
    // What a reader's HTML renderer gets after XML decoding: escaped markup, which it shows as the characters typed.
    expect(item.description).not.toMatch(/<[a-z/!]/i)
    expect(item.description).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(item.title).not.toMatch(/<[a-z/!]/i)
    expect(item.title).toContain('&lt;b&gt;')
  })

  it('should escape a headline in the news sitemap', async () => {
    const { GET } = await import('@/app/(frontend)/news-sitemap.xml/route')
    const xml = await (await GET()).text()
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(xml).not.toContain('<injected>')
    expect(xml).not.toContain('<b>')
  })
})
