import fs from 'node:fs'
import path from 'node:path'

import { type APIRequestContext } from '@playwright/test'
import ogs from 'open-graph-scraper'
import Sitemapper from 'sitemapper'

import { checkHtmlFiles, type NuReport } from './nu-checker'
import { collectReaderPages, type Head, readHead, type ReaderPage } from './reader-pages'
import { expandBlocks, type StructuredData } from './structured-data'

// Everything the validators read, gathered once per server: the spec's tests only judge it. Kept in a file
// beside the run so that a worker Playwright restarts after a failed test reads it instead of starting Java again.

export const OUTPUT_DIR = path.resolve('test-results/validators')

export type OpenGraph = Record<string, unknown> & {
  ogTitle?: string
  ogUrl?: string
  ogLocale?: string
  ogLocaleAlternate?: string
  ogSiteName?: string
  ogDescription?: string
  ogImage?: { url: string }[]
  twitterImage?: { url: string; alt?: string }[]
}

export type CheckedPage = ReaderPage & { file: string; head: Head; nu: NuReport; structured: StructuredData; og: OpenGraph }

export type Fetched = { url: string; status: number; contentType: string; body: string }

export type Run = {
  origin: string
  pages: CheckedPage[]
  robots: Fetched
  sitemap: Fetched
  newsSitemap: Fetched
  sitemapper: Record<string, { sites: string[]; errors: unknown[] }>
  feeds: Fetched[]
  /** Every address a media file is served from (original and every size), from the public media API. */
  media: string[]
  /** og:image and twitter:image addresses, fetched back from the app. */
  images: Record<string, { status: number; contentType: string }>
  /** The pages the sitemap lists, fetched as a crawler would: status, canonical and robots of each. */
  sitemapPages: Record<string, { status: number; canonical?: string; robots?: string }>
}

const fileName = (page: ReaderPage) => `${page.label.replace(/\W+/g, '-')}-${page.locale}.html`

async function fetchText(request: APIRequestContext, url: string): Promise<Fetched> {
  const response = await request.get(url, { maxRedirects: 0 })
  return { url, status: response.status(), contentType: response.headers()['content-type'] ?? '', body: await response.text() }
}

async function collect(request: APIRequestContext, origin: string): Promise<Run> {
  const readerPages = await collectReaderPages(request)
  const htmlDir = path.join(OUTPUT_DIR, 'html')
  fs.rmSync(htmlDir, { recursive: true, force: true })
  fs.mkdirSync(htmlDir, { recursive: true })
  for (const page of readerPages) fs.writeFileSync(path.join(htmlDir, fileName(page)), page.html)
  const files = readerPages.map((page) => path.join(htmlDir, fileName(page)))
  const nu = await checkHtmlFiles(files)

  const pages: CheckedPage[] = []
  for (const [index, page] of readerPages.entries()) {
    const head = readHead(page.html)
    // From the HTML handed over, never from the network; only what the page says in og:/twitter: tags, no fallbacks.
    const { result } = await ogs({ html: page.html, onlyGetOpenGraphInfo: true })
    pages.push({ ...page, file: files[index], head, nu: nu.get(files[index])!, structured: await expandBlocks(head.jsonLd), og: result as OpenGraph })
  }

  const [robots, sitemap, newsSitemap] = await Promise.all(['/robots.txt', '/sitemap.xml', '/news-sitemap.xml'].map((url) => fetchText(request, url)))
  const sitemapper: Run['sitemapper'] = {}
  for (const url of ['/sitemap.xml', '/news-sitemap.xml']) {
    const { sites, errors } = await new Sitemapper({ url: origin + url, timeout: 15_000, retries: 0 }).fetch()
    sitemapper[url] = { sites, errors }
  }

  const feedURLs = new Set(['/ar/feed.xml', '/en/feed.xml', ...pages.flatMap((page) => page.head.feeds)].map((url) => new URL(url, origin).pathname))
  const feeds = await Promise.all([...feedURLs].map((url) => fetchText(request, url)))

  // The media API answers anyone with the pictures readers can already see (staff see drafts' too): those.
  const media: string[] = []
  for (let page = 1, more = true; more; page++) {
    const answer = await request.get(`/api/media?limit=100&page=${page}&depth=0`)
    if (!answer.ok()) throw new Error(`/api/media answers ${answer.status()}: ${await answer.text()}`)
    const { docs, hasNextPage } = (await answer.json()) as { docs: Record<string, unknown>[]; hasNextPage: boolean }
    for (const doc of docs) {
      if (typeof doc.url === 'string') media.push(doc.url)
      if (typeof doc.thumbnailURL === 'string') media.push(doc.thumbnailURL)
      for (const size of Object.values((doc.sizes ?? {}) as Record<string, { url?: string | null }>)) if (size?.url) media.push(size.url)
    }
    more = hasNextPage
  }

  const images: Run['images'] = {}
  for (const page of pages) {
    for (const image of [...(page.og.ogImage ?? []), ...(page.og.twitterImage ?? [])]) {
      if (!image.url || images[image.url] || !/^https?:\/\//.test(image.url)) continue
      const response = await request.get(image.url)
      images[image.url] = { status: response.status(), contentType: response.headers()['content-type'] ?? '' }
    }
  }

  const sitemapPages: Run['sitemapPages'] = {}
  for (const [, loc] of sitemap.body.matchAll(/<loc>([^<]*)<\/loc>/g)) {
    const url = loc.replace(/&amp;/g, '&')
    const response = await request.get(url, { maxRedirects: 0 })
    const head = readHead(await response.text())
    sitemapPages[url] = { status: response.status(), canonical: head.canonical && new URL(head.canonical, url).href, robots: head.robots }
  }

  return { origin, pages, robots, sitemap, newsSitemap, sitemapper, feeds, media: [...new Set(media)], images, sitemapPages }
}

const cacheFile = () => path.join(OUTPUT_DIR, `run-${process.env.E2E_SERVER_PID ?? 'local'}.json`)

/** The run's findings, gathered on first use for this server and read back from disk after that. */
export async function gather(request: APIRequestContext, origin: string): Promise<Run> {
  const cache = cacheFile()
  if (fs.existsSync(cache)) return JSON.parse(fs.readFileSync(cache, 'utf8')) as Run
  const run = await collect(request, origin)
  fs.mkdirSync(OUTPUT_DIR, { recursive: true })
  for (const old of fs.readdirSync(OUTPUT_DIR).filter((name) => name.startsWith('run-'))) fs.rmSync(path.join(OUTPUT_DIR, old))
  fs.writeFileSync(cache, JSON.stringify(run))
  return run
}

/** True the first time it is asked for this server: the counts table is printed once, not by every worker. */
export function firstReport(): boolean {
  const marker = cacheFile().replace(/\.json$/, '.printed')
  if (fs.existsSync(marker)) return false
  fs.writeFileSync(marker, '')
  return true
}
