import { type Browser, expect, type Page } from '@playwright/test'

import { SEED_PASSWORD } from './urls'

export async function logIn(page: Page, email: string, password = SEED_PASSWORD) {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.getByRole('button', { name: 'تسجيل الدخول' }).click()
  await expect(page).not.toHaveURL(/\/admin\/login/)
}

/** A fresh browser session signed in as one newsroom account. */
export async function sessionAs(browser: Browser, baseURL: string, email: string) {
  // The API accepts a session cookie only from our own origin (csrf): page.request, which is not a browser
  // and sends no Origin of its own, says where it comes from like a browser would.
  const context = await browser.newContext({ baseURL, locale: 'en-US', viewport: { width: 1400, height: 1000 }, extraHTTPHeaders: { origin: baseURL } })
  const page = await context.newPage()
  await logIn(page, email)
  return page
}

/** The article as its latest version, read through the API with the page's own session. */
export async function readArticle(page: Page, id: string) {
  const response = await page.request.get(`/api/articles/${id}?draft=true&depth=0`)
  expect(response.status()).toBe(200)
  return (await response.json()) as { stage: string; _status: string; title: string; history?: { to: string; note?: string }[] }
}

/** Picks a stage in the sidebar menu and waits for the save that follows (autosave). */
export async function moveTo(page: Page, stageLabel: string, note?: string) {
  if (note) await page.locator('#field-transitionNote').fill(note)
  const saved = page.waitForResponse(
    (response) => /\/api\/articles\/\d+/.test(response.url()) && response.request().method() === 'PATCH',
  )
  await page.locator('#field-stage').click()
  await page.locator('.rs__option', { hasText: stageLabel }).click()
  const response = await saved
  expect(response.status(), await response.text()).toBe(200)
}
