import config from '@payload-config'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { forgotPasswordLimiter, loginLimiter } from '@/collections/Users/hooks/limitAuthAttempts'

import type { User } from '@/payload-types'

import { graphqlRequest, restRequest } from './helpers/clients'
import { serveAPI } from './helpers/http-api'
import { addUser, initTestPayload, publishAs, TEST_PASSWORD, type TestPayload, tokenFor } from './helpers/payload'

// A public address configured for the server: uploads' URLs must not carry it (see 'addresses fixed at build time').
vi.hoisted(() => {
  process.env.NEXT_PUBLIC_SERVER_URL = 'http://build-machine.example'
})

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

describe('per-address limits', () => {
  let api: Awaited<ReturnType<typeof serveAPI>>
  let attempt = 0
  const json = { 'content-type': 'application/json' }
  const signIn = (headers: Record<string, string>, email = `nobody-${attempt++}@mirsad.test`) =>
    fetch(`${api.url}/api/users/login`, { method: 'POST', headers: { ...json, ...headers }, body: JSON.stringify({ email, password: 'wrong' }) })

  beforeAll(async () => {
    api = await serveAPI()
  })
  afterAll(async () => {
    await api?.close()
    delete process.env.TRUSTED_PROXIES
  })
  beforeEach(() => {
    loginLimiter.reset()
    forgotPasswordLimiter.reset()
    delete process.env.TRUSTED_PROXIES
  })

  it('should count a client that reaches the app directly by its socket, whatever it writes in X-Forwarded-For or X-Real-IP', async () => {
    let last: Response | undefined
    for (let n = 0; n < 31; n++) last = await signIn({ 'x-forwarded-for': `198.51.100.${n}`, 'x-real-ip': `192.0.2.${n}` })
    expect(last!.status).toBe(429)
    const text = await bodyOf(last!)
    expect(text).toContain('محاولات كثيرة')
    expect(text).toContain('Too many attempts')
  })

  it('should read the client from X-Forwarded-For only behind a trusted proxy, from the right, past what the client wrote', async () => {
    process.env.TRUSTED_PROXIES = '127.0.0.1, ::1'
    let last: Response | undefined
    // The proxy appended what it saw (203.0.113.9); everything left of it is the client's own writing.
    for (let n = 0; n < 31; n++) last = await signIn({ 'x-forwarded-for': `198.51.100.${n}, 203.0.113.9` })
    expect(last!.status).toBe(429)
    expect((await signIn({ 'x-forwarded-for': '203.0.113.10' })).status).toBe(401)
    // A chain of our own proxies is walked through to the first address that is not one of them.
    process.env.TRUSTED_PROXIES = '127.0.0.1,::1,10.0.0.0/8'
    expect((await signIn({ 'x-forwarded-for': '203.0.113.9, 10.1.2.3' })).status).toBe(429)
  })

  it('should hold the forgot-password limit per address in the same way', async () => {
    const forgot = (n: number) =>
      fetch(`${api.url}/api/users/forgot-password`, { method: 'POST', headers: { ...json, 'x-forwarded-for': `198.51.100.${n}` }, body: JSON.stringify({ email: `nobody-${n}@mirsad.test` }) })
    const statuses = []
    for (let n = 0; n < 6; n++) statuses.push((await forgot(n)).status)
    expect(statuses.at(-1)).toBe(429)
    expect(statuses.slice(0, 5)).not.toContain(429)
  })

  it('should count a request whose socket is unknown against the account it names, never in one bucket for all', async () => {
    // In-process calls carry no socket stamp, as a request received before the server stamped its sockets.
    const tryAccount = (n: number) => restRequest(config, 'POST', 'users/login', { headers: { 'x-real-ip': `192.0.2.${n}` }, body: { email: 'target@mirsad.test', password: 'wrong' } })
    let last: Response | undefined
    for (let n = 0; n < 31; n++) last = await tryAccount(n)
    expect(last!.status).toBe(429)
    const editorSignsIn = await restRequest(config, 'POST', 'users/login', { body: { email: 'editor@mirsad.test', password: TEST_PASSWORD } })
    expect(editorSignsIn.status).toBe(200)
  })
})

describe('list sizes', () => {
  let as: Record<'writer' | 'admin', Record<string, string>>

  beforeAll(async () => {
    await addUser(t.payload, 'writer@mirsad.test', 'writer')
    as = {
      writer: { authorization: `JWT ${await tokenFor(t.payload, 'writer@mirsad.test')}` },
      admin: { authorization: `JWT ${await tokenFor(t.payload, 'admin@mirsad.test')}` },
    }
  })

  const get = (path: string, headers: Record<string, string> = {}) => restRequest(config, 'GET', path, { headers })
  const refusedFor = async (response: Response) => (response.status === 400 ? bodyOf(response) : `not refused: ${response.status}`)

  it('should refuse an anonymous REST read past 100 a page, without pages, or deeper than 2, saying so in both languages', async () => {
    for (const query of ['limit=100000', 'limit=0', 'limit[]=100000', 'pagination=false', 'depth=3', 'joins[claims][limit]=0', 'joins[comments][limit]=1000']) {
      const text = await refusedFor(await get(`articles?${query}`))
      expect(text, query).toMatch(/[\u0600-\u06FF]/)
      expect(text, query).toMatch(/page|depth/i)
    }
    expect((await get('articles/versions?limit=100000')).status).toBe(400)
    expect((await get('articles?limit=100&depth=2')).status).toBe(200)
  })

  it("should read the admin relationship picker's body-borne query the same way", async () => {
    const { POST } = await import('@/app/(payload)/api/[...slug]/route')
    const picker = (body: string) =>
      POST(new Request('http://localhost/api/articles', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-payload-http-method-override': 'GET' }, body }), {
        params: Promise.resolve({ slug: ['articles'] }),
      })
    expect((await picker('limit=100000&depth=0')).status).toBe(400)
    expect((await picker('limit=10&depth=0')).status).toBe(200)
  })

  it('should hold staff to pages of 500 (the admin asks for 250) but not to the readers\' depth, and leave admins their exports', async () => {
    expect((await get('articles?limit=100000', as.writer)).status).toBe(400)
    expect((await get('articles?limit=501', as.writer)).status).toBe(400)
    // What the admin's list view asks for to fill a relationship column.
    expect((await get('sections?depth=0&limit=250', as.writer)).status).toBe(200)
    expect((await get('sections?depth=0&limit=250')).status).toBe(400)
    expect((await get('articles?pagination=false', as.writer)).status).toBe(400)
    expect((await get('articles?limit=100&depth=4', as.writer)).status).toBe(200)
    expect((await get('articles?pagination=false&depth=4', as.admin)).status).toBe(200)
    expect((await get('articles?limit=1000', as.admin)).status).toBe(200)
    // A forged token is no one: the reader's limits.
    expect((await get('articles?limit=1000', { authorization: 'JWT forged.token.here' })).status).toBe(400)
  })

  it("should let the admin's bulk actions through: they send limit=0 with their selection", async () => {
    const response = await restRequest(config, 'DELETE', 'articles?limit=0&where[id][in][0]=999999', { headers: as.writer })
    expect(response.status).not.toBe(400)
  })

  it('should refuse the same over GraphQL, inline or through variables, and readers\' deep nesting', async () => {
    const graphql = async (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) => {
      const { POST } = await import('@/app/(payload)/api/graphql/route')
      return POST(new Request('http://localhost/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) }))
    }
    expect(await refusedFor(await graphql('{ Articles(limit: 100000) { docs { id } } }'))).toContain('1 to 100')
    expect(await refusedFor(await graphql('{ Articles(pagination: false) { docs { id } } }'))).toContain('Lists come in pages')
    expect((await graphql('query($l: Int) { Articles(limit: $l) { docs { id } } }', { l: 5000 })).status).toBe(400)
    expect((await graphql('query($l: Int = 5000) { Articles(limit: $l) { docs { id } } }')).status).toBe(400)
    expect((await graphql('{ Articles { docs { id claims(limit: 0) { docs { id } } } } }')).status).toBe(400)
    expect((await graphql('{ Articles(limit: 5000) { docs { id } } }', {}, as.writer)).status).toBe(400)
    expect((await graphql('{ Articles(limit: 5000) { docs { id } } }', {}, as.admin)).status).toBe(200)
    const deep = '{ Articles { docs { createdBy { createdBy { createdBy { createdBy { id } } } } } } }'
    expect(await refusedFor(await graphql(deep))).toContain('nest 6 fields')
    expect((await graphql(deep, {}, as.writer)).status).toBe(200)
    expect((await graphql('{ Articles(limit: 100) { docs { id } } }')).status).toBe(200)
  })
})

describe('addresses fixed at build time', () => {
  it('should give Payload no serverURL, so uploads keep relative URLs whatever address was configured', async () => {
    expect(t.payload.config.serverURL).toBe('')
  })

  it("should read no NEXT_PUBLIC_ variable in server code, where Next would write the build machine's value in", async () => {
    const { spawnSync } = await import('node:child_process')
    const grep = spawnSync('git', ['grep', '-n', '-E', String.raw`process\.env\.NEXT_PUBLIC_[A-Z_]+`, '--', 'src', 'payload.config.ts'], { encoding: 'utf8' })
    expect(grep.stdout.trim()).toBe('')
  })
})
