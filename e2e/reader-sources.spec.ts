import { expect, type Page, test } from '@playwright/test'
import Parser from 'rss-parser'

import { sessionAs } from './helpers/admin'
import { api, publishArticle } from './helpers/newsroom'
import { accounts, DIOURA_TITLE, SCREENSHOT_DIR } from './helpers/urls'

// What a reader (and a crawler) is told about the sources of a report: each claim's card and its ClaimReview,
// the byline's mark for a changed article, places and tags, and where the feeds are (issue #15, items 5, 7, 8).

type Json = Record<string, unknown>

async function openDioura(page: Page, locale: 'ar' | 'en') {
  await page.goto(`/${locale}`)
  await page.getByRole('link', { name: DIOURA_TITLE }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: DIOURA_TITLE })).toBeVisible()
}

const claimReviews = async (page: Page) => {
  const graph = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)['@graph'] as Json[]
  return graph.filter((node) => node['@type'] === 'ClaimReview')
}

/** Text of the other direction left outside an isolating element (<bdi>, or one with its own dir) inside `root`. */
const unisolated = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((roots) =>
    roots.flatMap((root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      const loose: string[] = []
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!/[\u0600-\u06FF]/.test(node.textContent ?? '')) continue
        const isolated = node.parentElement?.closest('bdi, [dir]')
        if (!isolated || !root.contains(isolated) || isolated === root) loose.push(node.textContent!.trim())
      }
      return loose
    }),
  )

test.describe('the sources of a report', () => {
  test('should give each claim its own anchor, and a ClaimReview at that address with the claim as a sentence', async ({ page }) => {
    await openDioura(page, 'ar')
    const address = page.url().split('#')[0]
    const anchors = await page.locator('.sources-panel .claim').evaluateAll((cards) => cards.map((card) => card.id))
    const sentences = await page.locator('.sources-panel .claim__head q').allTextContents()
    const reviews = await claimReviews(page)
    expect(anchors).toHaveLength(5)
    // In reading order the fifth recorded claim comes before the fourth: the reviews follow the cards, not a count.
    expect(reviews.map((review) => review['@id'])).toEqual(anchors.map((id) => `${address}#${id}`))
    expect(reviews.map((review) => review.url)).toEqual(anchors.map((id) => `${address}#${id}`))
    expect(reviews.map((review) => review.claimReviewed)).toEqual(sentences)
    for (const review of reviews) {
      expect(review.claimReviewed).toMatch(/\.$/)
      expect(review.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'منسوب لقائله' })
      // Where the claimant made it, never the fact-check itself.
      expect(JSON.stringify(review.itemReviewed)).not.toContain(address)
      expect((review.itemReviewed as Json).datePublished).toBeTruthy()
    }
    const statement = { '@type': 'CreativeWork', url: 'https://zallaqa.example/bayan/2025-05-24' }
    expect(reviews[0]).toMatchObject({ itemReviewed: { datePublished: '2025-05-24T20:30:00.000Z', appearance: [statement], firstAppearance: statement } })
    // The observers spoke to our reporter: dated, with no address to point at.
    expect(reviews.at(-2)!.itemReviewed).toEqual({ '@type': 'Claim', author: { '@type': 'Person', name: 'مراقبون للشأن المالي' }, datePublished: '2025-05-25T07:00:00.000Z' })

    expect(new Set(anchors).size).toBe(5)
    const english = await page.context().newPage()
    await openDioura(english, 'en')
    expect((await claimReviews(english)).map((review) => (review.reviewRating as Json).alternateName)).toEqual(Array(5).fill('Attributed'))
    await english.close()
  })

  test('should say a source is unnamed and why, and keep Arabic names and full stops in place on /en', async ({ browser }) => {
    for (const [locale, viewport] of [
      ['ar', { width: 1280, height: 900 }],
      ['en', { width: 1280, height: 900 }],
      ['ar', { width: 390, height: 844 }],
      ['en', { width: 390, height: 844 }],
    ] as const) {
      const context = await browser.newContext({ viewport })
      const page = await context.newPage()
      await openDioura(page, locale)
      const panel = page.locator('.sources-panel')
      const observers = panel.locator('.claim', { hasText: 'مراقبون للشأن المالي' })
      if (locale === 'ar') {
        await expect(observers.locator('.claim__who')).toHaveText('مصدر غير مسمى: مراقبون للشأن المالي')
        await expect(observers.locator('.claim__unnamed-why')).toHaveText(/^لماذا لم نسمّه: قراءة عامة تتقاطع فيها آراء عدة محللين/)
      } else {
        await expect(observers.locator('.claim__who')).toHaveText('Unnamed source: مراقبون للشأن المالي')
        await expect(observers.locator('.claim__unnamed-why')).toHaveText(/^Why we do not name them: قراءة عامة/)
        await expect(panel.locator('.claim').first().locator('.claim__who')).toHaveText('Claimant: Group for the Support of Islam and Muslims (JNIM) — via Statement')
        expect(await unisolated(page, '.sources-panel .claim, .corrections li, .article__meta, .article__terms')).toEqual([])
        // The reply's full stop ends the Arabic sentence on its left, not in front of its first word on the right.
        const [stop, firstLetter] = await panel.locator('.claim__reply bdi', { hasText: 'لم يصدر أي تعليق' }).evaluate((element) => {
          const text = element.firstChild!
          const rect = (from: number) => {
            const range = document.createRange()
            range.setStart(text, from)
            range.setEnd(text, from + 1)
            return range.getBoundingClientRect().x
          }
          return [rect(text.textContent!.length - 1), rect(0)]
        })
        expect(stop).toBeLessThan(firstLetter)
      }
      await panel.scrollIntoViewIfNeeded()
      await panel.screenshot({ path: `${SCREENSHOT_DIR}/sources-panel-${locale}-${viewport.width}.png` })
      await context.close()
    }
  })

  test('should list each place once, apart from the tags, and mark a changed article by its byline', async ({ page, browser, baseURL }) => {
    await openDioura(page, 'ar')
    const places = page.getByRole('list', { name: 'الأماكن' })
    const tags = page.getByRole('list', { name: 'الوسوم' })
    await expect(places.getByRole('link')).toHaveText(['جورا', 'موبتي', 'ماسينا', 'باماكو'])
    // The tag «موبتي» names a place already listed.
    await expect(tags.getByRole('link')).toHaveText(['مالي', 'الجماعات المسلحة'])
    await expect(page.locator('.article__terms')).toContainText('الأماكن')
    await expect(page.locator('.article__terms')).toContainText('الوسوم')
    const look = (list: typeof places) => list.locator('li').first().evaluate((item) => [getComputedStyle(item).backgroundColor, getComputedStyle(item).borderTopStyle, getComputedStyle(item, '::before').content].join(' '))
    expect(await look(places)).not.toBe(await look(tags))
    // The Dioura report has an update: the byline says so and leads to the log.
    const updated = page.locator('.article__meta').getByRole('link', { name: /حُدّث في/ })
    await expect(updated).toHaveAttribute('href', '#corrections')
    await page.locator('.article__header').screenshot({ path: `${SCREENSHOT_DIR}/article-header-terms-ar.png` })

    const editor = await sessionAs(browser, baseURL!, accounts.editor)
    const { id, slug } = await publishArticle(editor, { title: `خبر صُحّح بعد نشره ${Date.now().toString(36)}`, body: 'قُتل خمسة في الهجوم.' })
    await api(editor, 'patch', `/api/articles/${id}`, { _status: 'published', corrections: [{ kind: 'correction', note: 'صحّحنا عدد القتلى.' }] })
    await editor.context().close()
    for (const [locale, label] of [
      ['ar', 'صُحّح في'],
      ['en', 'Corrected'],
    ]) {
      await page.goto(`/${locale}/articles/${encodeURIComponent(slug)}`)
      const mark = page.locator('.article__meta').getByRole('link', { name: new RegExp(`^${label}`) })
      await expect(mark).toBeVisible()
      await mark.click()
      await expect(page).toHaveURL(/#corrections$/)
      await expect(page.locator('#corrections')).toContainText('صحّحنا عدد القتلى.')
    }
  })
})

test.describe('where the feeds are', () => {
  test('should show a feed link a reader can see on the home and section pages, in both languages', async ({ page }) => {
    for (const [locale, label] of [
      ['ar', 'خلاصة RSS لآخر الأخبار'],
      ['en', 'RSS feed of the latest news'],
    ]) {
      await page.goto(`/${locale}`)
      const link = page.locator('footer').getByRole('link', { name: label })
      await expect(link).toBeVisible()
      await expect(link).toHaveAttribute('href', `/${locale}/feed.xml`)
    }
    await page.goto('/ar')
    await page.getByRole('navigation', { name: 'الأقسام' }).getByRole('link', { name: 'خلفيات' }).click()
    const section = page.locator('main').getByRole('link', { name: 'خلاصة RSS لهذا القسم' })
    await expect(section).toBeVisible()
    const feed = await (await page.request.get((await section.getAttribute('href'))!)).text()
    expect((await new Parser().parseString(feed)).items.some((item) => item.title?.includes('جورا قبل عامين'))).toBe(true)
    await page.setViewportSize({ width: 390, height: 844 })
    await page.locator('footer').scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SCREENSHOT_DIR}/section-feed-link-ar-390.png`, fullPage: true })
  })

  test('should announce the feed in the head of pages that had none, such as an article', async ({ page }) => {
    await openDioura(page, 'en')
    await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]').first()).toHaveAttribute('href', /\/en\/feed\.xml$/)
  })

  test('should give each item its author and its picture, with type and size', async ({ request }) => {
    const feed = await new Parser<Json, { creator?: string }>().parseString(await (await request.get('/ar/feed.xml')).text())
    const dioura = feed.items.find((item) => item.title === DIOURA_TITLE)!
    expect(dioura.creator).toBe('آمنة توري')
    expect(dioura.enclosure).toMatchObject({ type: 'image/webp', url: expect.stringMatching(/^https?:\/\/[^/]+\/api\/media\/file\/.+\.webp$/) })
    const picture = await request.get(new URL(dioura.enclosure!.url).pathname)
    expect(picture.status()).toBe(200)
    expect(Number(dioura.enclosure!.length)).toBe((await picture.body()).length)
  })
})
