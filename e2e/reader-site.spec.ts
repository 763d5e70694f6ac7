import { expect, test } from '@playwright/test'

import { DIOURA_TITLE, SCREENSHOT_DIR } from './helpers/urls'

test.describe('the reader site', () => {
  test('should send / to the Arabic site', async ({ page }) => {
    const response = await page.goto('/')
    expect(new URL(page.url()).pathname).toBe('/ar')
    expect(response?.status()).toBe(200)
  })

  test('should list the latest published articles on /ar, right to left, and never the draft', async ({ page }) => {
    await page.goto('/ar')
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await expect(page.getByRole('heading', { level: 1, name: 'آخر الأخبار' })).toBeVisible()
    await expect(page.getByRole('link', { name: DIOURA_TITLE })).toBeVisible()
    expect(await page.locator('.card').count()).toBeGreaterThanOrEqual(4)
    await expect(page.getByText('مسودة: شهادات من نازحين')).toHaveCount(0)
    await page.screenshot({ path: `${SCREENSHOT_DIR}/home-ar.png`, fullPage: true })
  })

  test('should render the Dioura report on the server, readable without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/ar')
    await page.getByRole('link', { name: DIOURA_TITLE }).click()
    await expect(page.getByRole('heading', { level: 1, name: DIOURA_TITLE })).toBeVisible()
    const body = page.locator('.article__body')
    await expect(body).toContainText('23 مايو 2025')
    await expect(body).toContainText('57 بندقية كلاشينكوف')
    await expect(body.getByRole('heading', { level: 2, name: 'بيانان وحصيلتان' })).toBeVisible()
    await expect(page.locator('.article__hero img')).toHaveAttribute('alt', /كثبان/)
    await expect(page.getByText('بقلم آمنة توري')).toBeVisible()

    const badges = body.locator('.claim-badge')
    await expect(badges).toHaveCount(5)
    await expect(badges.first()).toHaveText(/منسوب لقائله · طرف في النزاع/)
    const target = (await badges.first().getAttribute('href'))!
    const panel = page.getByRole('region', { name: 'المصادر والتحقق' })
    await expect(panel.locator('.claim')).toHaveCount(5)
    await expect(panel.locator('.claim').first()).toHaveAttribute('id', target.slice(1))
    await expect(panel.locator('.verdict').first()).toContainText('منسوب لقائله')
    await expect(panel).toContainText('جماعة نصرة الإسلام والمسلمين')
    await expect(panel).toContainText('لم يصدر أي تعليق رسمي')
    await expect(panel).toContainText('طرف في النزاع')
    await expect(page.getByRole('region', { name: 'التصحيحات والتحديثات' })).toContainText('لم تعلّق على الهجوم')
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as { '@graph': { '@type': string }[] }
    expect(jsonLd['@graph'].filter((node) => node['@type'] === 'ClaimReview')).toHaveLength(5)
    expect(jsonLd['@graph'][0]).toMatchObject({ '@type': 'NewsArticle', correction: [{ '@type': 'CorrectionComment' }] })
    await page.screenshot({ path: `${SCREENSHOT_DIR}/article-dioura-ar.png`, fullPage: true })
    await context.close()
  })

  test('should list a section its own published articles', async ({ page }) => {
    await page.goto('/ar')
    await page.getByRole('navigation', { name: 'الأقسام' }).getByRole('link', { name: 'خلفيات' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'قسم خلفيات' })).toBeVisible()
    await expect(page.locator('.card')).toHaveCount(1)
    await expect(page.locator('.card')).toContainText('جورا قبل عامين')
  })

  test('should show the English interface left to right on /en', async ({ page }) => {
    await page.goto('/en')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
    await expect(page.getByRole('heading', { level: 1, name: 'Latest news' })).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Background' })).toBeVisible()
    await page.getByRole('link', { name: 'العربية' }).click()
    await expect(page).toHaveURL(/\/ar$/)
  })

  test('should answer an unknown page with an Arabic 404', async ({ page }) => {
    const response = await page.goto('/ar/no-such-page')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1, name: 'الصفحة غير موجودة' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')

    const missingArticle = await page.goto('/ar/articles/مقال-غير-موجود')
    expect(missingArticle?.status()).toBe(404)
  })

  test('should not serve the seeded draft at its own address', async ({ page }) => {
    const response = await page.goto('/ar/articles/مسودة-شهادات-من-نازحين-وصلوا-إلى-موبتي')
    expect(response?.status()).toBe(404)
  })
})
