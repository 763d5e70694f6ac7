import { expect, test } from '@playwright/test'

import { sessionAs } from './helpers/admin'
import { api, idOf, publishArticle } from './helpers/newsroom'
import { accounts } from './helpers/urls'

// Readers go through the nginx cache of deploy/nginx: a hot page never waits for Next, and the app purges
// what a publication changes once it has committed (right after the response), so readers get the new page
// within moments, and then from the cache again.

const cacheURL = () => process.env.E2E_CACHE_URL!

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${cacheURL()}${path}`, { headers, redirect: 'manual' })
  return { status: response.status, cache: response.headers.get('x-cache'), text: await response.text() }
}

/** Waits, without a fixed sleep, until the cached page shows (or no longer shows) `text`. */
const pageShows = (path: string, text: string) => expect.poll(async () => (await get(path)).text.includes(text), { timeout: 10_000, intervals: [50, 100, 250] })

test('the cache serves hot pages itself and drops them as soon as the newsroom publishes or unpublishes', async ({ browser, baseURL }) => {
  await get('/ar')
  expect((await get('/ar')).cache).toBe('HIT')
  const sectionPath = `/ar/sections/${encodeURIComponent('الساحل')}`
  await get(sectionPath)
  expect((await get(sectionPath)).cache).toBe('HIT')

  const editor = await sessionAs(browser, baseURL!, accounts.editor)
  const sahel = await idOf(editor, 'sections', 'slug', 'الساحل')
  const title = `خبر عبر الذاكرة المؤقتة ${Date.now().toString(36)}`
  const { id, slug } = await publishArticle(editor, { title, body: 'نص يمر عبر nginx.', section: sahel })

  // Moments later the cache was purged and Next renders the fresh page; then the cache keeps it again.
  await pageShows('/ar', title).toBe(true)
  expect((await get('/ar')).cache).toBe('HIT')
  expect((await get(sectionPath)).text).toContain(title)
  const articlePath = `/ar/articles/${encodeURIComponent(slug)}`
  expect((await get(articlePath)).status).toBe(200)
  expect((await get(articlePath)).cache).toBe('HIT')

  await api(editor, 'patch', `/api/articles/${id}`, { _status: 'draft' })
  await expect.poll(async () => (await get(articlePath)).status, { timeout: 10_000, intervals: [50, 100, 250] }).toBe(404)
  await pageShows('/ar', title).toBe(false)
  await editor.context().close()
})

test('the cache never serves the newsroom a cached page, nor keeps the admin or the API', async () => {
  await get('/en')
  expect((await get('/en')).cache).toBe('HIT')
  expect((await get('/en', { cookie: 'payload-token=anything' })).cache).toBe('BYPASS')
  expect((await get('/admin')).cache).toBeNull()
  expect((await get('/api/articles?limit=1')).cache).toBeNull()
})

test('the cache keeps one copy of a page and compresses it for readers who ask', async () => {
  const path = `/ar/sections/${encodeURIComponent('خلفيات')}`
  // Node's fetch would undo the compression: read the raw answer instead.
  const raw = async (headers: Record<string, string>) => {
    const response = await fetch(`${cacheURL()}${path}`, { headers })
    return { cache: response.headers.get('x-cache'), encoding: response.headers.get('content-encoding'), vary: response.headers.get('vary') }
  }
  const first = await raw({ 'accept-encoding': 'gzip' })
  expect(first.encoding).toBe('gzip')
  // A reader whose client takes no compression gets the same cached page, plain.
  const plain = await fetch(`${cacheURL()}${path}`, { headers: { 'accept-encoding': 'identity' } })
  expect(plain.headers.get('x-cache')).toBe('HIT')
  expect(plain.headers.get('content-encoding')).toBeNull()
  expect(await plain.text()).toContain('<html')
  expect((await raw({ 'accept-encoding': 'gzip, deflate, br' })).cache).toBe('HIT')
})
