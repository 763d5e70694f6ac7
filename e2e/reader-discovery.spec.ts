import { expect, test } from '@playwright/test'
import { XMLParser } from 'fast-xml-parser'
import Parser from 'rss-parser'

import { sessionAs } from './helpers/admin'
import { idOf, publishArticle } from './helpers/newsroom'
import { accounts, DIOURA_TITLE, SCREENSHOT_DIR } from './helpers/urls'

// How readers find articles: search, places, authors and tags, feeds and sitemaps, and the English site.

const DRAFT_TITLE = 'مسودة: شهادات من نازحين وصلوا إلى موبتي'
const IN_FACT_CHECK = 'ماذا يقول هجوم جورا عن استراتيجية الجماعة في وسط مالي؟'
const METHOD_EN = 'How do we handle figures from parties to a conflict?'

test.describe('finding articles', () => {
  test('should find the Arabic report about جورا from its Latin name, with the matches marked', async ({ page }) => {
    await page.goto('/ar')
    const search = page.getByRole('search').first()
    await search.getByRole('searchbox').fill('Dioura')
    await search.getByRole('button', { name: 'بحث' }).click()
    await expect(page).toHaveURL(/\/ar\/search\?q=Dioura/)
    const results = page.locator('.search-result')
    await expect(results.filter({ hasText: DIOURA_TITLE })).toHaveCount(1)
    await expect(page.getByRole('status')).toContainText('Dioura')

    await page.goto(`/ar/search?q=${encodeURIComponent('جُورا')}`)
    const titleMark = page.locator('.search-result__title mark').first()
    await expect(titleMark).toHaveText('جورا')
    await expect(page.locator('.search-result__title').first()).toContainText('جورا')
    await page.screenshot({ path: `${SCREENSHOT_DIR}/search-results-ar.png`, fullPage: true })

    await page.goto(`/ar/search?q=${encodeURIComponent('نصره الاسلام')}`)
    await expect(results.filter({ hasText: DIOURA_TITLE })).toHaveCount(1)
    await expect(page.locator('.search-result mark').first()).toBeVisible()
    const texts = await page.locator('.search-result__title').allTextContents()
    expect(texts).not.toContain(DRAFT_TITLE)
    expect(texts).not.toContain(IN_FACT_CHECK)
  })

  test('should find a report from another form of its words, typed by a reader, on a phone too', async ({ page }) => {
    // «بالمعسكر» is in no report: «المعسكر» and «معسكر» are, and «المراقبين» finds «مراقبون».
    await page.goto('/ar')
    const search = page.getByRole('search').first()
    await search.getByRole('searchbox').pressSequentially('بالمعسكر', { delay: 80 })
    await search.getByRole('button', { name: 'بحث' }).click()
    await expect(page).toHaveURL(/\/ar\/search\?q=/)
    const results = page.locator('.search-result')
    await expect(results.filter({ hasText: DIOURA_TITLE })).toHaveCount(1)
    const marks = await page.locator('.search-result mark').allTextContents()
    expect(marks.some((mark) => /معسكر/.test(mark))).toBe(true)
    await page.screenshot({ path: `${SCREENSHOT_DIR}/search-inflected-ar.png`, fullPage: true })
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(`/ar/search?q=${encodeURIComponent('المراقبين')}`)
    await expect(page.locator('.search-result').first()).toBeVisible()
    await expect(page.locator('.search-result mark').filter({ hasText: /مراقب/ }).first()).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
    await page.screenshot({ path: `${SCREENSHOT_DIR}/search-inflected-ar-390.png`, fullPage: true })
  })

  test('should answer an empty, absurd, endless or fruitless search with a helpful page', async ({ page }) => {
    for (const [query, text] of [
      ['', 'اكتب كلمة أو اسم مكان'],
      ['%%%_;--', 'لم نقرأ في البحث حروفًا أو أرقامًا'],
      ['زلزال في القطب', 'لم نجد مقالًا منشورًا يطابق'],
      ['جورا '.repeat(60), 'البحث طويل'],
    ]) {
      const response = await page.goto(`/ar/search?q=${encodeURIComponent(query)}`)
      expect(response?.status(), query.slice(0, 20)).toBe(200)
      await expect(page.locator('main')).toContainText(text)
    }
    expect((await page.goto('/ar/search?q=a&page=-3'))?.status()).toBe(200)
  })

  test('should show a place with its other names and the articles filed there', async ({ page }) => {
    await page.goto('/ar')
    await page.getByRole('link', { name: DIOURA_TITLE }).first().click()
    await page.getByRole('list', { name: 'الأماكن' }).getByRole('link', { name: 'جورا' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'جورا' })).toBeVisible()
    await expect(page.locator('.place-facts')).toContainText('Dioura')
    await expect(page.locator('.place-facts')).toContainText('موبتي')
    await expect(page.locator('.card').filter({ hasText: DIOURA_TITLE })).toHaveCount(1)
    expect(await page.locator('.card').count()).toBeGreaterThanOrEqual(3)
    await page.screenshot({ path: `${SCREENSHOT_DIR}/place-dioura-ar.png`, fullPage: true })
    expect((await page.goto(`${new URL(page.url()).pathname}/99`))?.status()).toBe(404)
  })

  test('should lead from an article to its author and its tags', async ({ page }) => {
    await page.goto('/ar')
    await page.getByRole('link', { name: DIOURA_TITLE }).first().click()
    await page.locator('.article__meta').getByRole('link', { name: 'آمنة توري' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'آمنة توري' })).toBeVisible()
    await expect(page.locator('main')).toContainText('مراسلة مرصد في وسط مالي')
    await expect(page.locator('.card').filter({ hasText: DIOURA_TITLE })).toHaveCount(1)
    await page.goBack()
    await page.getByRole('list', { name: 'الوسوم' }).getByRole('link', { name: 'مالي' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'وسم: مالي' })).toBeVisible()
  })

  test('should render an English translation on /en, and an untranslated article in Arabic with a notice', async ({ page }) => {
    await page.goto('/en')
    await page.getByRole('link', { name: METHOD_EN }).click()
    await expect(page.getByRole('heading', { level: 1, name: METHOD_EN })).toBeVisible()
    await expect(page.locator('.translation-notice')).toHaveCount(0)
    await page.goto('/en')
    await page.getByRole('link', { name: DIOURA_TITLE }).first().click()
    await expect(page.locator('.translation-notice')).toContainText('not been translated into English')
    const body = page.locator('.article__body').locator('xpath=ancestor::*[@lang][1]')
    await expect(body).toHaveAttribute('lang', 'ar')
    await expect(body).toHaveAttribute('dir', 'rtl')
  })
})

test.describe('feeds and sitemaps', () => {
  test('should list published articles only: no draft, nothing under embargo', async ({ browser, baseURL, request }) => {
    const editor = await sessionAs(browser, baseURL!, accounts.editor)
    const sahel = await idOf(editor, 'sections', 'slug', 'الساحل')
    const fresh = await publishArticle(editor, { title: `خبر عاجل للخلاصات ${Date.now().toString(36)}`, body: 'نص قصير منشور الآن.', section: sahel })
    const embargoUntil = new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString()
    const embargoed = await publishArticle(editor, { title: `خبر محظور النشر حتى الغد ${Date.now().toString(36)}`, body: 'لا يُرى قبل موعده.', section: sahel, embargoUntil })
    await editor.context().close()
    const titleOf = async (id: number) => (await (await request.get(`/api/articles/${id}?depth=0&locale=ar`, { failOnStatusCode: false })).json()).title as string | undefined

    const parser = new Parser()
    const feed = await parser.parseString(await (await request.get('/ar/feed.xml')).text())
    const feedTitles = feed.items.map((item) => item.title)
    expect(feedTitles).toContain(DIOURA_TITLE)
    expect(feedTitles.some((title) => title?.startsWith('خبر عاجل للخلاصات'))).toBe(true)
    expect(feedTitles).not.toContain(DRAFT_TITLE)
    expect(feedTitles.some((title) => title?.startsWith('خبر محظور النشر'))).toBe(false)
    expect(feed.items[0].link).toMatch(/^https?:\/\/[^/]+\/ar\/articles\//)
    expect(await titleOf(embargoed.id)).toBeUndefined()

    const sectionFeed = await parser.parseString(await (await request.get(`/ar/sections/${encodeURIComponent('الساحل')}/feed.xml`)).text())
    expect(sectionFeed.items.map((item) => item.title)).toContain(DIOURA_TITLE)
    expect(sectionFeed.items.map((item) => item.title)).not.toContain('كيف نتعامل مع أرقام أطراف النزاع؟')

    const xml = new XMLParser({ ignoreAttributes: false })
    const urls = (body: string) => {
      const set = xml.parse(body).urlset.url
      return (Array.isArray(set) ? set : set ? [set] : []).map((entry: { loc: string }) => decodeURIComponent(entry.loc))
    }
    const sitemap = urls(await (await request.get('/sitemap.xml')).text())
    expect(sitemap.some((loc) => loc.endsWith(`/ar/articles/${fresh.slug}`))).toBe(true)
    // Written in Arabic only: no English page of it is listed (#15: untranslated pages are no alternates).
    expect(sitemap.some((loc) => loc.endsWith(`/en/articles/${fresh.slug}`))).toBe(false)
    expect(sitemap.some((loc) => loc.endsWith(`/ar/articles/${embargoed.slug}`))).toBe(false)
    expect(sitemap.some((loc) => loc.includes('مسودة'))).toBe(false)
    expect(sitemap.some((loc) => loc.endsWith('/ar/places/جورا'))).toBe(true)

    const news = urls(await (await request.get('/news-sitemap.xml')).text())
    expect(news.some((loc) => loc.endsWith(`/ar/articles/${fresh.slug}`))).toBe(true)
    expect(news.some((loc) => loc.endsWith(`/ar/articles/${embargoed.slug}`))).toBe(false)
    // The seeded reports were published in 2025: older than 48 hours, so not news.
    expect(news.some((loc) => loc.includes('جماعة-مسلحة-تعلن'))).toBe(false)

    const robots = await (await request.get('/robots.txt')).text()
    expect(robots).toContain('Disallow: /admin')
    expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/)
  })

  test('should give article pages canonical, hreflang, OpenGraph and NewsArticle data', async ({ page }) => {
    await page.goto('/ar')
    await page.getByRole('link', { name: DIOURA_TITLE }).first().click()
    const path = new URL(page.url()).pathname
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${path}$`))
    // The Dioura report has no English text: its /en page is no English alternate.
    await expect(page.locator('link[rel="alternate"][hreflang="ar"]')).toHaveAttribute('href', new RegExp(`${path}$`))
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveCount(0)
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', new RegExp(`${path}$`))
    await expect(page.locator('meta[property="og:image"]').first()).toHaveAttribute('content', /\/api\/media\/file\/.+\.webp/)
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image')
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as { '@graph': Record<string, unknown>[] }
    expect(jsonLd['@graph'][0]).toMatchObject({
      '@type': 'NewsArticle',
      datePublished: '2025-05-25T09:30:00.000Z',
      articleSection: 'الساحل',
      author: [expect.objectContaining({ '@type': 'Person', name: 'آمنة توري' })],
    })
  })
})
