import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'

import { DIOURA_TITLE } from './helpers/urls'

// axe on the reader's pages in both languages: no serious or critical violation, and no sideways scrolling.

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`)
}

for (const locale of ['ar', 'en'] as const) {
  test(`the ${locale} reader pages have no serious accessibility violation and fit the screen`, async ({ page }) => {
    await page.goto(`/${locale}`)
    const pages: Record<string, string> = { home: page.url() }
    await page.getByRole('link', { name: DIOURA_TITLE }).first().click()
    pages.article = page.url()
    pages.place = new URL((await page.locator('.tags--places a').first().getAttribute('href'))!, page.url()).toString()
    pages.section = new URL((await page.locator('.article__header .kicker').getAttribute('href'))!, page.url()).toString()
    pages.search = new URL(`/${locale}/search?q=${encodeURIComponent('جورا')}`, page.url()).toString()
    for (const [name, url] of Object.entries(pages)) {
      await page.goto(url)
      expect(await seriousViolations(page), `${locale} ${name}`).toEqual([])
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${locale} ${name} scrolls sideways`).toBeLessThanOrEqual(0)
    }
  })
}
