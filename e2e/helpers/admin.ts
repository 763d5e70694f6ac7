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

/** Types as a person does: one key at a time, with a pause between keys. */
export async function typeSlowly(page: Page, text: string, delay = 25) {
  await page.keyboard.type(text, { delay })
}

/**
 * Starts a correction as an editor does in an open published article: puts the cursor at the end of the body,
 * rubs out its last character, types `replacement`, and adds an empty entry in the «التصحيحات» tab.
 */
export async function startCorrection(page: Page, replacement: string) {
  await page.locator('.rich-text-lexical [contenteditable="true"]').first().click()
  await page.keyboard.press('End')
  await page.keyboard.press('Backspace')
  await typeSlowly(page, replacement)
  await page.getByRole('button', { name: 'التصحيحات', exact: true }).click()
  await page.getByRole('button', { name: 'أضف تعديل منشور' }).click()
}

/** The sidebar's workflow box in the edit view. */
export const workflowBox = (page: Page) => page.getByRole('region', { name: /^(سير العمل|Workflow)$/ })

/**
 * Makes a workflow move as a person does: presses its button in the sidebar, types the note in the dialog that
 * opens, confirms, and waits until the page shows the new stage.
 */
export async function moveWith(page: Page, button: string, { note, expectStage }: { note?: string; expectStage: string }) {
  await workflowBox(page).getByRole('button', { name: button, exact: true }).click()
  const dialog = page.getByRole('dialog', { name: button })
  await expect(dialog).toBeVisible()
  if (note) {
    await dialog.getByLabel(/ملاحظة على النقل|Note for this move/).click()
    await typeSlowly(page, note)
  }
  await dialog.getByRole('button', { name: button, exact: true }).click()
  await expect(workflowBox(page).locator('[data-stage]')).toHaveText(expectStage, { timeout: 30_000 })
}

/** Tries a move that the server refuses: the dialog stays open with the reason, and the stage does not change. */
export async function moveRefused(page: Page, button: string, reason: RegExp | string) {
  const before = await workflowBox(page).locator('[data-stage]').textContent()
  await workflowBox(page).getByRole('button', { name: button, exact: true }).click()
  const dialog = page.getByRole('dialog', { name: button })
  await dialog.getByRole('button', { name: button, exact: true }).click()
  await expect(dialog.getByRole('alert')).toContainText(reason)
  return {
    dialog,
    close: async () => {
      await dialog.getByRole('button', { name: /^(إلغاء|Cancel)$/ }).click()
      await expect(dialog).toBeHidden()
      await expect(workflowBox(page).locator('[data-stage]')).toHaveText(before ?? '')
    },
  }
}
