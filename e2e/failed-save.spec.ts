import { expect, test } from '@playwright/test'

import { readArticle, sessionAs, typeSlowly } from './helpers/admin'
import { accounts, SCREENSHOT_DIR } from './helpers/urls'

// A save that fails is seen as failed: the connection drops while the writer types, the page says the change
// was not saved (and no longer «تم الحفظ»), and once the connection is back one press saves it.

test('a writer sees a failed save as failed, and saves again once the connection is back', async ({ browser, baseURL }) => {
  const writer = await sessionAs(browser, baseURL!, accounts.writer)
  await writer.goto('/admin/collections/articles/create')
  await writer.locator('#field-title').click()
  await typeSlowly(writer, `خبر يكتب والاتصال متقطع ${Date.now().toString(36)}`)
  await expect(writer).toHaveURL(/\/admin\/collections\/articles\/\d+/)
  const id = writer.url().match(/articles\/(\d+)/)![1]
  await expect(writer.locator('.autosave')).toContainText('مضى على آخر حفظ', { timeout: 20_000 })

  // The connection to the server drops for the article's saves.
  await writer.route(`**/api/articles/${id}?**`, (route) => (route.request().method() === 'PATCH' ? route.abort('connectionfailed') : route.continue()))
  const body = writer.locator('.rich-text-lexical [contenteditable="true"]').first()
  await body.click()
  const words = 'كتبت هذه الجملة والاتصال مقطوع.'
  await typeSlowly(writer, words)

  const banner = writer.getByRole('alert').filter({ hasText: 'لم يُحفظ آخر تعديل' })
  await expect(banner).toBeVisible({ timeout: 20_000 })
  await expect(writer.locator('.autosave')).toBeHidden()
  await writer.screenshot({ path: `${SCREENSHOT_DIR}/story-8-save-failed-ar.png`, fullPage: true })
  expect(JSON.stringify(await readArticle(writer, id))).not.toContain(words)

  await writer.unroute(`**/api/articles/${id}?**`)
  await banner.getByRole('button', { name: 'أعد المحاولة' }).click()
  await expect(banner).toBeHidden({ timeout: 20_000 })
  await expect(writer.locator('.autosave')).toBeVisible()
  expect(JSON.stringify(await readArticle(writer, id))).toContain(words)
  await writer.context().close()
})
