import { expect, test } from '@playwright/test'

import { logIn } from './helpers/admin'
import { accounts, SCREENSHOT_DIR } from './helpers/urls'

const TITLE = `مراسلنا في موبتي: السوق الأسبوعي يعود بعد الهجوم ${Date.now().toString().slice(-5)}`
const BODY = 'عاد التجار إلى السوق الأسبوعي صباح الإثنين، بحسب ما قاله لنا ثلاثة منهم.'

test('an editor writes an Arabic article in the RTL admin, publishes it, and readers find it', async ({ page }) => {
  await logIn(page, accounts.editor)

  await test.step('the admin speaks Arabic, right to left', async () => {
    await expect(page.locator('html')).toHaveAttribute('dir', /^rtl$/i)
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
    await expect(page.getByRole('link', { name: 'المقالات' }).first()).toBeVisible()
    await page.screenshot({ path: `${SCREENSHOT_DIR}/admin-dashboard-ar.png`, fullPage: true })
  })

  await test.step('the editor drafts the article in the Lexical editor', async () => {
    await page.goto('/admin/collections/articles/create')
    await page.locator('#field-title').fill(TITLE)
    const editor = page.locator('.rich-text-lexical [contenteditable="true"]').first()
    await editor.click()
    await page.keyboard.type(BODY)
    await expect(editor).toContainText(BODY)
    // Lexical's hidden toolbars must not widen the RTL page sideways.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(1)
    await page.screenshot({ path: `${SCREENSHOT_DIR}/admin-article-edit-ar.png`, fullPage: true })
  })

  await test.step('the editor publishes it', async () => {
    await page.getByRole('button', { name: /^نشر/ }).click()
    await expect(page.locator('.doc-controls__status, [class*="status"]').filter({ hasText: /منشور|تمّ النّشر/ }).first()).toBeVisible()
  })

  await test.step('readers find it on /ar and on its own page', async () => {
    await page.goto('/ar')
    const link = page.getByRole('link', { name: TITLE })
    await expect(link).toBeVisible()
    await link.click()
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible()
    await expect(page.locator('.article__body')).toContainText(BODY)
    expect(decodeURIComponent(new URL(page.url()).pathname)).toMatch(/^\/ar\/articles\/مراسلنا-في-موبتي-السوق-الأسبوعي/)
  })
})
