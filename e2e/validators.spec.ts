import { expect, test } from '@playwright/test'
import * as cheerio from 'cheerio'

import { type CheckedPage, firstReport, gather, type Run } from './validators/collect'
import { feedItemProblems, feedProblems, parseFeed } from './validators/feeds'
import { describeNu } from './validators/nu-checker'
import { LOCALES, PAGE_TYPES, type PageType } from './validators/reader-pages'
import { robotsProblems, robotsSitemaps } from './validators/robots'
import { newsSitemapProblems, parseSitemap, sitemapProblems } from './validators/sitemaps'
import { nodesOf, typeSummary, typesOf } from './validators/structured-data'

// #15 "Tests": the reader's site as third-party validators, crawlers and social cards see it, on every reader
// page type in both languages: W3C Nu HTML Checker, jsonld, feedparser, the sitemap protocol and sitemapper,
// robots-parser, open-graph-scraper. Read-only: it creates nothing, so it runs on the seed as other specs left it.

/**
 * Checks that fail until the fix named here lands (#15). Switch each on (delete its line) with its fix; every
 * check not listed runs.
 */
const WAITING_FOR: Record<string, string> = {
}

test.beforeEach(() => {
  const waiting = WAITING_FOR[test.info().title]
  test.fixme(Boolean(waiting), `#15: waits for ${waiting}`)
})

let run: Run

test.beforeAll(async ({ playwright }) => {
  test.setTimeout(180_000)
  const origin = process.env.E2E_BASE_URL!
  const request = await playwright.request.newContext({ baseURL: origin })
  run = await gather(request, origin)
  await request.dispose()
})

test.afterAll(() => {
  if (run && firstReport()) console.log(`\n${countsTable(run)}\n`)
})

const pagesOf = (type: PageType) => run.pages.filter((page) => page.type === type)
const where = (page: CheckedPage) => `${decodeURI(page.path)} (${page.label})`
const OG_LOCALE = { ar: 'ar_AR', en: 'en_US' } as const

test.describe('W3C Nu HTML Checker (vnu-jar)', () => {
  for (const type of PAGE_TYPES) {
    test(`should find 0 errors on the ${type} pages`, () => {
      const errors = pagesOf(type).flatMap((page) => page.nu.errors.map((message) => `${where(page)} ${describeNu(message)}`))
      expect(errors).toEqual([])
    })
  }
})

test.describe('JSON-LD expanded by jsonld', () => {
  for (const type of PAGE_TYPES) {
    test(`should expand every JSON-LD block of the ${type} pages with nothing dropped`, () => {
      expect(pagesOf(type).flatMap((page) => page.structured.problems.map((problem) => `${where(page)} ${problem}`))).toEqual([])
    })
  }

  test('should describe the site on the home page: WebSite with a SearchAction, NewsMediaOrganization', () => {
    const problems: string[] = []
    for (const page of pagesOf('home')) {
      const nodes = nodesOf(page.structured.documents)
      const site = nodes.find((node) => typesOf(node).includes('WebSite'))
      const action = [site?.potentialAction].flat().find((candidate) => candidate && typesOf(candidate as Record<string, unknown>).includes('SearchAction')) as Record<string, unknown> | undefined
      const target = action && JSON.stringify(action.target)
      if (!site) problems.push(`${where(page)}: no WebSite`)
      else if (!target?.includes('{search_term_string}') || !target.includes(`/${page.locale}/search`)) problems.push(`${where(page)}: WebSite has no SearchAction into /${page.locale}/search ({search_term_string})`)
      const organization = nodes.find((node) => typesOf(node).includes('NewsMediaOrganization'))
      if (!organization) problems.push(`${where(page)}: no NewsMediaOrganization`)
      else if (!organization.logo || !organization.url) problems.push(`${where(page)}: NewsMediaOrganization without url or logo`)
    }
    expect(problems).toEqual([])
  })

  test('should describe the author on author pages: a Person', () => {
    const problems = pagesOf('author')
      .filter((page) => !nodesOf(page.structured.documents).some((node) => typesOf(node).includes('Person') && node.name && node.url))
      .map((page) => `${where(page)}: no Person with name and url`)
    expect(problems).toEqual([])
  })

  test('should date an article by what readers saw: publication or its latest correction', () => {
    const problems: string[] = []
    for (const page of pagesOf('article')) {
      const article = nodesOf(page.structured.documents).find((node) => typesOf(node).includes('NewsArticle'))
      if (!article) {
        problems.push(`${where(page)}: no NewsArticle`)
        continue
      }
      const corrections = [article.correction].flat().filter(Boolean) as Record<string, unknown>[]
      const seen = [article.datePublished, ...corrections.map((correction) => correction.datePublished)].filter(Boolean).map((date) => Date.parse(String(date)))
      const lastSeen = Math.max(...seen)
      const modified = Date.parse(String(article.dateModified))
      if (modified !== lastSeen) problems.push(`${where(page)}: dateModified ${article.dateModified} is neither the publication nor the latest correction (${new Date(lastSeen).toISOString()})`)
      const meta = /<meta property="article:modified_time" content="([^"]+)"/.exec(page.html)?.[1]
      if (meta && Date.parse(meta) !== lastSeen) problems.push(`${where(page)}: article:modified_time ${meta} is neither the publication nor the latest correction`)
      const publisher = article.publisher as Record<string, unknown> | undefined
      if (!publisher?.logo) problems.push(`${where(page)}: the publisher has no logo`)
    }
    expect(problems).toEqual([])
  })

  test('should give each ClaimReview its own claim, anchor, address, appearance and verdict in words', () => {
    const page = run.pages.find((candidate) => candidate.type === 'article' && candidate.locale === 'ar')!
    const reviews = nodesOf(page.structured.documents).filter((node) => typesOf(node).includes('ClaimReview'))
    expect(reviews.length, 'ClaimReviews on the Dioura report').toBeGreaterThan(0)
    const articleURL = String(nodesOf(page.structured.documents).find((node) => typesOf(node).includes('NewsArticle'))?.url)
    const problems: string[] = []
    const $ = cheerio.load(page.html)
    const textOf = (anchor: string) => $(`[id="${anchor}"]`).text().replace(/\s+/g, ' ')
    for (const review of reviews) {
      const anchor = String(review['@id']).split('#')[1]
      const id = `ClaimReview #${anchor}`
      const element = anchor ? textOf(anchor) : ''
      const claim = String(review.claimReviewed ?? '')
      if (!element) problems.push(`${id}: no element with id="${anchor}" on the page`)
      else if (!element.includes(claim.replace(/\s+/g, ' ').slice(0, 40))) problems.push(`${id}: the element #${anchor} does not hold its claim «${claim.slice(0, 60)}»`)
      if (!/[.!?؟。]$/.test(claim.trim())) problems.push(`${id}: claimReviewed is not a sentence: «${claim}»`)
      const item = (review.itemReviewed ?? {}) as Record<string, unknown>
      const appearance = JSON.stringify(item.appearance ?? '')
      if (appearance.includes(`${articleURL}#article`) || appearance === JSON.stringify(articleURL)) problems.push(`${id}: appearance points at the fact-check itself`)
      if (!item.datePublished) problems.push(`${id}: itemReviewed has no datePublished`)
      const rating = (review.reviewRating ?? {}) as Record<string, unknown>
      if (!String(rating.alternateName ?? '').trim()) problems.push(`${id}: reviewRating has no alternateName (the verdict in words)`)
    }
    const urls = reviews.map((review) => review.url)
    if (new Set(urls).size !== urls.length) problems.push(`the ${urls.length} ClaimReviews share ${new Set(urls).size} url: ${[...new Set(urls)].map((url) => `#${String(url).split('#')[1]}`).join(', ')}`)
    if (!reviews.some((review) => (review.itemReviewed as Record<string, unknown>)?.firstAppearance)) problems.push('no claim has a firstAppearance')
    expect(problems).toEqual([])
  })
})

test.describe('OpenGraph read back by open-graph-scraper', () => {
  // A missing page is not shared: its card is not checked.
  for (const type of PAGE_TYPES.filter((candidate) => candidate !== '404')) {
    test(`should give the ${type} pages a card: og:title, og:image, og:url, og:locale, og:site_name`, () => {
      const problems: string[] = []
      for (const page of pagesOf(type)) {
        const { og } = page
        const at = where(page)
        if (!og.ogTitle?.trim()) problems.push(`${at}: no og:title`)
        if (!og.ogSiteName?.trim()) problems.push(`${at}: no og:site_name`)
        if (!og.ogDescription?.trim() || !page.head.description?.trim()) problems.push(`${at}: no og:description or meta description`)
        const image = og.ogImage?.[0]?.url
        if (!image) problems.push(`${at}: no og:image`)
        else if (!image.startsWith(`${run.origin}/`)) problems.push(`${at}: og:image ${image} is not an absolute address on the site`)
        else if (run.images[image]?.status !== 200 || !run.images[image].contentType.startsWith('image/')) problems.push(`${at}: og:image ${image} answers ${JSON.stringify(run.images[image])}`)
        for (const twitter of og.twitterImage ?? []) if (!twitter.alt?.trim()) problems.push(`${at}: twitter:image without twitter:image:alt`)
        const canonical = page.head.canonical && new URL(page.head.canonical, run.origin).href
        if (!og.ogUrl) problems.push(`${at}: no og:url`)
        else if (!/^https?:\/\//.test(og.ogUrl) || og.ogUrl !== canonical) problems.push(`${at}: og:url ${og.ogUrl} is not the canonical address ${canonical}`)
        const locale = page.untranslated ? 'ar' : page.locale
        if (og.ogLocale !== OG_LOCALE[locale]) problems.push(`${at}: og:locale is ${og.ogLocale}, not ${OG_LOCALE[locale]}`)
        const other = LOCALES.find((candidate) => candidate !== locale)!
        const hasOther = page.head.alternates.some((alternate) => alternate.hreflang === other)
        if (hasOther && og.ogLocaleAlternate !== OG_LOCALE[other]) problems.push(`${at}: og:locale:alternate is ${og.ogLocaleAlternate}, not ${OG_LOCALE[other]}`)
      }
      expect(problems).toEqual([])
    })
  }
})

test.describe('an article without an English text (#15 item 3)', () => {
  test('should keep /en of an Arabic-only article out of the index and out of every alternate list', () => {
    const english = run.pages.find((page) => page.untranslated)!
    const arabic = run.pages.find((page) => page.type === 'article' && page.locale === 'ar')!
    const arabicURL = new URL(arabic.path, run.origin).href
    const englishURL = new URL(english.path, run.origin).href
    const problems: string[] = []
    if (!/noindex/.test(english.head.robots ?? '')) problems.push(`${decodeURI(english.path)}: robots is ${english.head.robots}, not noindex`)
    if (new URL(english.head.canonical ?? '', run.origin).href !== arabicURL) problems.push(`${decodeURI(english.path)}: canonical ${english.head.canonical && decodeURI(english.head.canonical)}, not the Arabic page`)
    for (const page of [english, arabic]) {
      const listed = page.head.alternates.filter((alternate) => new URL(alternate.href, run.origin).href === englishURL)
      if (listed.length) problems.push(`${decodeURI(page.path)}: lists ${decodeURI(english.path)} as its ${listed.map((alternate) => alternate.hreflang).join(', ')} alternate`)
    }
    const entry = parseSitemap(run.sitemap.body).entries.find((candidate) => candidate.loc === englishURL)
    if (entry) problems.push(`/sitemap.xml lists ${decodeURI(english.path)}`)
    for (const candidate of parseSitemap(run.sitemap.body).entries) {
      if (candidate.alternates.some((alternate) => alternate.href === englishURL)) problems.push(`/sitemap.xml: ${decodeURI(candidate.loc)} names ${decodeURI(english.path)} as an alternate`)
    }
    expect(problems).toEqual([])
  })
})

test.describe('the missing page (#15 items 2 and 8)', () => {
  test('should answer 404 with a server-rendered page in the reader’s language, a way back, and no shared cache', () => {
    const problems: string[] = []
    for (const page of pagesOf('404')) {
      const at = page.path
      if (page.status !== 404) problems.push(`${at}: status ${page.status}`)
      if (page.head.lang !== page.locale) problems.push(`${at}: <html lang=${page.head.lang}>`)
      if (page.head.dir !== (page.locale === 'ar' ? 'rtl' : 'ltr')) problems.push(`${at}: <html dir=${page.head.dir}>`)
      if (/id="__next_error__"/.test(page.html)) problems.push(`${at}: Next's empty error shell`)
      const body = page.html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ')
      const words = page.locale === 'ar' ? /[\u0600-\u06ff]{3,}/ : /[A-Za-z]{3,}/
      if (!words.test(body)) problems.push(`${at}: no text in the reader's language outside scripts`)
      if (!new RegExp(`href="/${page.locale}"`).test(page.html)) problems.push(`${at}: no link back to /${page.locale}`)
      // Asked for twice (gather): MISS on the second asking means rendered afresh, never kept.
      if (/HIT|STALE/i.test(page.headers['x-nextjs-cache'] ?? '')) problems.push(`${at}: served from Next's cache (x-nextjs-cache: ${page.headers['x-nextjs-cache']})`)
      if (/s-maxage=[1-9]|public/.test(page.headers['cache-control'] ?? '')) problems.push(`${at}: cache-control ${page.headers['cache-control']} lets a shared cache keep it`)
    }
    expect(problems).toEqual([])
  })

  test('should answer 404 for a language the site does not have, with no redirect', async ({ request }) => {
    const response = await request.get('/fr', { maxRedirects: 0 })
    expect(response.status(), `/fr → ${response.headers().location ?? 'no redirect'}`).toBe(404)
  })
})

test.describe('robots.txt read by robots-parser', () => {
  test('should let crawlers fetch every media file and every image on the pages', () => {
    expect(run.media.length, 'media files in the seed').toBeGreaterThan(0)
    const images = run.pages.flatMap((page) => page.head.images)
    expect(robotsProblems(run.robots.body, run.origin, [...new Set([...run.media, ...images])], true)).toEqual([])
  })

  test('should let crawlers fetch every reader page and feed', () => {
    const pages = run.pages.filter((page) => page.type !== 'search' && page.type !== '404').map((page) => page.path)
    const listed = Object.keys(run.sitemapPages)
    expect(robotsProblems(run.robots.body, run.origin, [...pages, ...listed, ...run.feeds.map((feed) => feed.url), '/sitemap.xml', '/news-sitemap.xml'], true)).toEqual([])
  })

  test('should keep crawlers out of the admin, the rest of the API, previews and search results', () => {
    const closed = ['/admin', '/admin/login', '/admin/collections/articles', '/api/articles', '/api/users/me', '/api/graphql', '/api/media', '/next/revalidate', '/ar/preview/1', '/en/preview/1', ...pagesOf('search').map((page) => page.path)]
    expect(robotsProblems(run.robots.body, run.origin, closed, false)).toEqual([])
  })

  test('should name both sitemaps by absolute address', () => {
    expect(robotsSitemaps(run.robots.body, run.origin).sort()).toEqual([`${run.origin}/news-sitemap.xml`, `${run.origin}/sitemap.xml`])
  })
})

test.describe('sitemaps, by the protocol and as sitemapper reads them', () => {
  test('should keep the sitemap protocol in /sitemap.xml: namespace, escaped absolute loc, W3C dates, reciprocal alternates', () => {
    expect(run.sitemap.status).toBe(200)
    expect(run.sitemap.contentType).toMatch(/xml/)
    expect(sitemapProblems(run.sitemap.body, run.origin)).toEqual([])
  })

  test('should list in /sitemap.xml only pages that answer 200, are indexable and are their own canonical', () => {
    const problems = Object.entries(run.sitemapPages).flatMap(([url, page]) => [
      ...(page.status !== 200 ? [`${decodeURI(url)}: status ${page.status}`] : []),
      ...(/noindex/.test(page.robots ?? '') ? [`${decodeURI(url)}: robots ${page.robots}`] : []),
      ...(page.status === 200 && page.canonical !== url ? [`${decodeURI(url)}: canonical ${page.canonical && decodeURI(page.canonical)}`] : []),
    ])
    expect(Object.keys(run.sitemapPages).length).toBeGreaterThan(0)
    expect(problems).toEqual([])
  })

  test('should date each article in /sitemap.xml by what readers saw, as its page does', () => {
    const articles = run.pages.filter((page) => page.type === 'article' && !page.untranslated)
    const problems: string[] = []
    const entries = parseSitemap(run.sitemap.body).entries
    for (const page of articles) {
      const url = new URL(page.path, run.origin).href
      const node = nodesOf(page.structured.documents).find((candidate) => typesOf(candidate).includes('NewsArticle'))
      const lastmod = entries.find((entry) => entry.loc === url)?.lastmod
      if (!lastmod || !node || Date.parse(lastmod) !== Date.parse(String(node.dateModified))) problems.push(`${page.path}: lastmod ${lastmod}, page's dateModified ${node?.dateModified}`)
    }
    expect(problems).toEqual([])
  })

  test('should keep the News rules in /news-sitemap.xml: a document the schema accepts, entries from the last 48 hours', () => {
    expect(run.newsSitemap.status).toBe(200)
    expect(newsSitemapProblems(run.newsSitemap.body, run.origin)).toEqual([])
  })

  for (const url of ['/sitemap.xml', '/news-sitemap.xml']) {
    test(`should be read by sitemapper without error: ${url}`, () => {
      const read = run.sitemapper[url]
      expect(read.errors).toEqual([])
      const locs = parseSitemap((url === '/sitemap.xml' ? run.sitemap : run.newsSitemap).body).entries.map((entry) => entry.loc)
      expect(read.sites.length, 'sitemapper found pages').toBeGreaterThan(0)
      expect([...read.sites].sort()).toEqual([...locs].sort())
    })
  }
})

test.describe('feeds read by feedparser', () => {
  test('should parse every feed with its items, titles, links and dates', async () => {
    const problems: string[] = []
    for (const feed of run.feeds) {
      if (feed.status !== 200) {
        problems.push(`${feed.url}: status ${feed.status}`)
        continue
      }
      try {
        const parsed = await parseFeed(feed.body, run.origin + feed.url)
        if (/^\/(ar|en)\/feed\.xml$/.test(feed.url) && !parsed.items.length) problems.push(`${feed.url}: the site's feed has no item`)
        problems.push(...feedProblems(parsed, run.origin).map((problem) => `${decodeURI(feed.url)}: ${problem}`))
      } catch (error) {
        problems.push(`${decodeURI(feed.url)}: feedparser: ${(error as Error).message}`)
      }
    }
    expect(run.feeds.length).toBeGreaterThanOrEqual(3)
    expect(problems).toEqual([])
  })

  test('should give each feed item its author and image, and a description that runs nothing', async () => {
    const problems: string[] = []
    for (const feed of run.feeds.filter((candidate) => candidate.status === 200)) {
      problems.push(...feedItemProblems(await parseFeed(feed.body, run.origin + feed.url)).map((problem) => `${decodeURI(feed.url)}: ${problem}`))
    }
    expect(problems).toEqual([])
  })

  test('should list in an English feed only articles that have an English text', async () => {
    const problems: string[] = []
    for (const feed of run.feeds.filter((candidate) => candidate.status === 200 && candidate.url.startsWith('/en/'))) {
      for (const item of (await parseFeed(feed.body, run.origin + feed.url)).items) {
        if (/[\u0600-\u06ff]{3,}/.test(item.title ?? '')) problems.push(`${decodeURI(feed.url)}: «${item.title}» has no English text (${decodeURI(item.link ?? '')})`)
      }
    }
    expect(problems).toEqual([])
  })

  test('should show a feed link a reader can see on the home and section pages', () => {
    const missing = [...pagesOf('home'), ...pagesOf('section')].filter((page) => page.head.visibleFeedLinks.length === 0).map(where)
    expect(missing).toEqual([])
  })

  test('should announce each feed once in a page head', () => {
    // One feed named twice (an absolute and a relative address) shows feed readers two subscriptions to one feed.
    const twice = run.pages.filter((page) => {
      const paths = page.head.feeds.map((href) => new URL(href, run.origin).pathname)
      return new Set(paths).size !== paths.length
    })
    expect(twice.map(where)).toEqual([])
  })
})

/** The counts per page type that #15's closing note quotes. */
function countsTable(run: Run): string {
  const rows = [['page', 'status', 'vnu errors', 'vnu warnings', 'JSON-LD blocks', 'JSON-LD types (expanded)', 'JSON-LD problems', 'og: fields', 'robots']]
  for (const page of run.pages) {
    const og = ['ogTitle', 'ogImage', 'ogUrl', 'ogLocale', 'ogSiteName'].filter((field) => page.og[field]).length
    const allowed = robotsProblems(run.robots.body, run.origin, [page.path], true).length === 0
    rows.push([
      `${page.label} /${page.locale}`,
      String(page.status),
      String(page.nu.errors.length),
      String(page.nu.warnings.length),
      String(page.structured.blocks),
      typeSummary(page.structured.types) || '—',
      String(page.structured.problems.length),
      `${og}/5`,
      allowed ? 'allowed' : 'disallowed',
    ])
  }
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)))
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`
  const table = [line(rows[0]), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.slice(1).map(line)]
  const sitemap = parseSitemap(run.sitemap.body).entries.length
  const news = parseSitemap(run.newsSitemap.body).entries.length
  const sitemapper = Object.entries(run.sitemapper).map(([url, read]) => `${url} ${read.sites.length} sites, ${read.errors.length} errors`).join('; ')
  return [
    'Validators per page type (#15):',
    ...table,
    `sitemap.xml: ${sitemap} URLs; news-sitemap.xml: ${news} URLs; sitemapper: ${sitemapper}`,
    `feeds: ${run.feeds.map((feed) => `${decodeURI(feed.url)} (${(feed.body.match(/<item>/g) ?? []).length} items)`).join(', ')}`,
    `media files checked against robots.txt: ${run.media.length}`,
  ].join('\n')
}
