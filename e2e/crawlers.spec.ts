import { type APIRequestContext, expect, test } from '@playwright/test'
import * as cheerio from 'cheerio'
import robotsParser from 'robots-parser'

import { seedArticles } from '../src/seed/content'
import { slugify } from '../src/lib/slugify'
import { sessionAs } from './helpers/admin'
import { idOf, publishArticle } from './helpers/newsroom'
import { accounts, DIOURA_TITLE, SCREENSHOT_DIR } from './helpers/urls'

// #15: the reader's site as crawlers and social cards read it: robots.txt, the 404 page, untranslated English
// pages, honest dates, cards on every page type, the sitemaps.

const get = async (request: APIRequestContext, path: string) => {
  const response = await request.get(path, { maxRedirects: 0, failOnStatusCode: false })
  return { status: response.status(), headers: response.headers(), text: await response.text() }
}

const head = (html: string) => {
  const $ = cheerio.load(html)
  const meta = (key: string) => $(`meta[property="${key}"], meta[name="${key}"]`).first().attr('content')
  const all = (key: string) => $(`meta[property="${key}"]`).toArray().map((element) => $(element).attr('content'))
  return {
    $,
    meta,
    all,
    canonical: $('link[rel="canonical"]').attr('href'),
    alternates: Object.fromEntries($('link[rel="alternate"][hreflang]').toArray().map((element) => [$(element).attr('hreflang'), $(element).attr('href')])),
    jsonLd: $('script[type="application/ld+json"]').toArray().map((element) => JSON.parse($(element).text()) as Record<string, unknown>),
  }
}

const nodes = (documents: Record<string, unknown>[]) => documents.flatMap((document) => (document['@graph'] as Record<string, unknown>[] | undefined) ?? [document])

const dioura = encodeURIComponent(slugify(DIOURA_TITLE))
const seedDioura = seedArticles.find((article) => article.key === 'dioura')!
const translated = seedArticles.find((article) => article.en)!
const translatedSlug = encodeURIComponent(slugify(translated.title))

test.describe('robots.txt', () => {
  test('should open media files and reader pages, and close the admin, the rest of the API, previews and search', async ({ request, baseURL }) => {
    const robots = robotsParser(`${baseURL}/robots.txt`, (await get(request, '/robots.txt')).text)
    const page = await get(request, `/ar/articles/${dioura}`)
    const { $ } = head(page.text)
    const images = [...$('img[src]').toArray().map((element) => $(element).attr('src')), $('meta[property="og:image"]').attr('content')].filter((src): src is string =>
      Boolean(src?.includes('/api/media/file/')),
    )
    expect(images.length, 'media files on the Dioura page').toBeGreaterThan(0)
    for (const agent of ['Googlebot', 'Googlebot-Image', 'facebookexternalhit', 'Twitterbot']) {
      for (const url of [...images, '/ar', `/ar/articles/${dioura}`, '/en/feed.xml', '/card.png', '/logo.png']) expect(robots.isAllowed(new URL(url, baseURL).href, agent), `${url} for ${agent}`).toBe(true)
      for (const url of ['/admin', '/api/articles', '/api/media', '/api/users/me', '/api/graphql', '/next/revalidate', '/ar/preview/1', '/en/search?q=x']) {
        expect(robots.isAllowed(new URL(url, baseURL).href, agent), `${url} for ${agent}`).toBe(false)
      }
    }
  })
})

test.describe('the missing page', () => {
  for (const locale of ['ar', 'en'] as const) {
    test(`should send a server-rendered 404 in ${locale} with the site header and a way back`, async ({ request }) => {
      for (const path of [`/${locale}/articles/no-such-report`, `/${locale}/tags/no-such-tag`, `/${locale}/no/such/page`]) {
        const page = await get(request, path)
        expect(page.status, path).toBe(404)
        expect(page.text, path).not.toContain('__next_error__')
        const { $ } = head(page.text)
        expect($('html').attr('lang'), path).toBe(locale)
        expect($('html').attr('dir'), path).toBe(locale === 'ar' ? 'rtl' : 'ltr')
        expect($('.site-header .brand').attr('href'), path).toBe(`/${locale}`)
        const main = $('main')
        expect(main.find('h1').text(), path).toBe(locale === 'ar' ? 'الصفحة غير موجودة' : 'Page not found')
        expect(main.find(`a[href="/${locale}"]`).length, path).toBe(1)
        expect(main.find(`form[action="/${locale}/search"] input[name="q"]`).length, path).toBe(1)
        expect($('title').text(), path).toContain(locale === 'ar' ? 'الصفحة غير موجودة' : 'Page not found')
        expect($('meta[name="robots"]').attr('content'), path).toContain('noindex')
      }
    })
  }

  test('should answer 404 for a language the site does not have, where it was asked', async ({ request }) => {
    for (const path of ['/fr', '/fr/articles/x', '/pt-BR']) {
      const page = await get(request, path)
      expect(page.status, path).toBe(404)
      expect(page.headers.location, path).toBeUndefined()
      expect(head(page.text).$('html').attr('lang'), path).toBe('ar')
    }
    expect((await get(request, '/articles/x')).status, 'an address without a language still redirects').toBe(307)
  })

  test('should stop answering 404 as soon as the article is published there', async ({ browser, baseURL, request }) => {
    const title = `تقرير نُشر بعد أن طُلب ${Date.now().toString(36)}`
    const path = `/ar/articles/${encodeURIComponent(slugify(title))}`
    expect((await get(request, path)).status).toBe(404)
    expect((await get(request, path)).status, 'asked twice, so a cache could keep the 404').toBe(404)
    const editor = await sessionAs(browser, baseURL!, accounts.editor)
    const section = await idOf(editor, 'sections', 'slug', 'الساحل')
    const { slug } = await publishArticle(editor, { title, body: 'فقرة من تقرير قصير.', section })
    expect(`/ar/articles/${encodeURIComponent(slug)}`).toBe(path)
    await expect.poll(async () => (await get(request, path)).status, { timeout: 10_000, intervals: [250, 500, 1000] }).toBe(200)
    await editor.context().close()
  })

  test('should look like the site, without JavaScript, on a desktop and a phone', async ({ browser, baseURL }) => {
    for (const [name, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]] as const) {
      const context = await browser.newContext({ baseURL, javaScriptEnabled: false, viewport })
      const page = await context.newPage()
      const response = await page.goto('/ar/articles/no-such-report')
      expect(response?.status()).toBe(404)
      await expect(page.getByRole('heading', { level: 1, name: 'الصفحة غير موجودة' })).toBeVisible()
      await expect(page.getByRole('link', { name: 'العودة إلى الصفحة الرئيسية' })).toBeVisible()
      await page.screenshot({ path: `${SCREENSHOT_DIR}/not-found-ar-${name}.png`, fullPage: true })
      await context.close()
    }
  })
})

test.describe('an article without an English text', () => {
  test('should be noindex on /en, point at the Arabic page, and be nobody’s English version', async ({ request, baseURL }) => {
    const arabicURL = `${baseURL}/ar/articles/${dioura}`
    const englishURL = `${baseURL}/en/articles/${dioura}`
    const english = head((await get(request, `/en/articles/${dioura}`)).text)
    expect(english.meta('robots')).toContain('noindex')
    expect(english.canonical).toBe(arabicURL)
    expect(english.meta('og:url')).toBe(arabicURL)
    expect(english.meta('og:locale')).toBe('ar_AR')
    expect(english.all('og:locale:alternate')).toEqual([])
    const arabic = head((await get(request, `/ar/articles/${dioura}`)).text)
    expect(arabic.alternates).toEqual({ ar: arabicURL, 'x-default': arabicURL })
    expect(arabic.all('og:locale:alternate')).toEqual([])
    const sitemap = (await get(request, '/sitemap.xml')).text
    expect(sitemap).toContain(`<loc>${arabicURL}</loc>`)
    expect(sitemap).not.toContain(englishURL)
  })

  test('should list a translated article in both languages, each naming the other', async ({ request, baseURL }) => {
    const english = head((await get(request, `/en/articles/${translatedSlug}`)).text)
    expect(english.meta('robots') ?? '').not.toContain('noindex')
    expect(english.canonical).toBe(`${baseURL}/en/articles/${translatedSlug}`)
    expect(english.alternates.ar).toBe(`${baseURL}/ar/articles/${translatedSlug}`)
    expect(english.meta('og:locale')).toBe('en_US')
    expect(english.all('og:locale:alternate')).toEqual(['ar_AR'])
    expect((await get(request, '/sitemap.xml')).text).toContain(`<loc>${baseURL}/en/articles/${translatedSlug}</loc>`)
  })
})

test.describe('dates readers saw', () => {
  test('should date the Dioura report by its correction, not by the seed run that wrote it', async ({ request, baseURL }) => {
    const seen = seedDioura.corrections!.at(-1)!.at
    const { status, text } = await get(request, `/ar/articles/${dioura}`)
    expect(status).toBe(200)
    const page = head(text)
    const article = nodes(page.jsonLd).find((node) => node['@type'] === 'NewsArticle')!
    expect(article.datePublished).toBe(seedDioura.publishedAt)
    expect(article.dateModified).toBe(seen)
    expect(page.meta('article:modified_time')).toBe(seen)
    const sitemap = (await get(request, '/sitemap.xml')).text
    const entry = new RegExp(`<loc>${baseURL}/ar/articles/${dioura}</loc><lastmod>([^<]+)</lastmod>`).exec(sitemap)
    expect(entry?.[1]).toBe(seen)
    // The seed wrote every row a moment ago; a date from this year would be the row's, not the readers'.
    expect(new Date(seen).getUTCFullYear()).toBeLessThan(new Date().getUTCFullYear())
  })
})

test.describe('cards and structured data on every page type', () => {
  const pagesOf = async (request: APIRequestContext) => {
    const $ = cheerio.load((await get(request, `/ar/articles/${dioura}`)).text)
    const first = (kind: string) => $(`a[href^="/ar/${kind}/"]`).first().attr('href')!.replace(/^\/ar/, '')
    const paths = ['', `/articles/${dioura}`, first('sections'), first('tags'), first('places'), first('authors')]
    return (['ar', 'en'] as const).flatMap((locale) => paths.map((path) => ({ locale, path: `/${locale}${path}` })))
  }

  test('should give each page og:image, og:url, og:locale, og:site_name, a description and twitter:image:alt', async ({ request, baseURL }) => {
    for (const { locale, path } of await pagesOf(request)) {
      if (locale === 'en' && path.includes(dioura)) continue
      const { status, text } = await get(request, path)
      expect(status, path).toBe(200)
      const page = head(text)
      expect(page.meta('og:title'), path).toBeTruthy()
      expect(page.meta('og:description'), path).toBeTruthy()
      expect(page.meta('description'), path).toBeTruthy()
      expect(page.meta('og:site_name'), path).toBe(locale === 'ar' ? 'مرصد' : 'Mirsad')
      expect(page.meta('og:url'), path).toBe(page.canonical)
      expect(page.meta('og:locale'), path).toBe(locale === 'ar' ? 'ar_AR' : 'en_US')
      const image = page.meta('og:image')!
      expect(image.startsWith(`${baseURL}/`), `${path}: ${image}`).toBe(true)
      const fetched = await request.get(image)
      expect(fetched.status(), image).toBe(200)
      expect(fetched.headers()['content-type'], image).toMatch(/^image\//)
      expect(page.meta('twitter:image:alt'), path).toBeTruthy()
    }
  })

  test('should describe the site on the home page and the author on author pages', async ({ request, baseURL }) => {
    for (const locale of ['ar', 'en']) {
      const graph = nodes(head((await get(request, `/${locale}`)).text).jsonLd)
      const site = graph.find((node) => node['@type'] === 'WebSite') as { potentialAction: { target: { urlTemplate: string } } }
      expect(site.potentialAction.target.urlTemplate).toBe(`${baseURL}/${locale}/search?q={search_term_string}`)
      const newsroom = graph.find((node) => node['@type'] === 'NewsMediaOrganization') as { logo: { url: string } }
      expect((await request.get(newsroom.logo.url)).headers()['content-type']).toBe('image/png')
    }
    const author = (await pagesOf(request)).find(({ path }) => path.startsWith('/ar/authors/'))!.path
    const person = nodes(head((await get(request, author)).text).jsonLd).find((node) => node['@type'] === 'Person')
    expect(person).toMatchObject({ url: `${baseURL}${author}`, name: expect.any(String) })
  })

  test('should render the home page’s card as a social network would show it', async ({ page, request, baseURL }) => {
    const card = head((await get(request, '/ar')).text)
    await page.setViewportSize({ width: 600, height: 520 })
    await page.setContent(
      `<html lang="ar" dir="rtl"><body style="font-family:sans-serif;background:#eef0f3;padding:24px">
        <div style="border:1px solid #ccd;border-radius:12px;overflow:hidden;background:#fff;max-width:540px">
          <img src="${card.meta('og:image')}" alt="${card.meta('og:image:alt')}" style="display:block;width:100%">
          <div style="padding:12px 16px"><div style="color:#667;font-size:13px"><bdi>${new URL(baseURL!).host}</bdi> · ${card.meta('og:site_name')}</div>
          <div style="font-weight:700;font-size:17px">${card.meta('og:title')}</div><div style="color:#445">${card.meta('og:description')}</div></div>
        </div></body></html>`,
    )
    await expect(page.locator('img')).toHaveJSProperty('complete', true)
    expect(await page.locator('img').evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(1200)
    await page.screenshot({ path: `${SCREENSHOT_DIR}/card-home-ar.png` })
  })
})

test.describe('news sitemap', () => {
  test('should always be a urlset with at least one <url>, news entries only from the last 48 hours', async ({ request }) => {
    const { status, text } = await get(request, '/news-sitemap.xml')
    expect(status).toBe(200)
    const $ = cheerio.load(text, { xml: true })
    expect($('urlset').attr('xmlns')).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
    expect($('url').length).toBeGreaterThan(0)
    for (const date of $('news\\:publication_date').toArray().map((element) => $(element).text())) {
      expect(Date.now() - Date.parse(date), date).toBeLessThan(48 * 3600_000)
    }
  })
})
