import { expect, type Page, test } from '@playwright/test'

import { sessionAs, typeSlowly, workflowBox } from './helpers/admin'
import { api, approveArticle, removeArticle } from './helpers/newsroom'
import { accounts, SCREENSHOT_DIR } from './helpers/urls'

// The editor publishes an approved report with Payload's «نشر» button, spots a slip at once and corrects it on the
// same page, autosave on and without reloading: the body takes the keys, the correction is published with its
// entry, and readers get the corrected text.

const stamp = Date.now().toString(36)
const TITLE = `إغلاق الطريق الساحلي بعد انهيار جسر صغير ${stamp}`
const BODY = 'أُغلق الطريق الساحلي أمام السيارات منذ صباح الأحد.'
const ATTRIBUTION = ' بحسب ما قاله شرطي مرور لمراسلنا.'
const CORRECTED = 'شرطي مرور لمراسلنا'
const NOTE = 'نُسب خبر الإغلاق إلى شرطي مرور بعد أن ورد في النسخة الأولى بصيغة الخبر المؤكد.'

// The article is removed after the test, even when it fails, through the editor's session, closed last.
const leftovers = { articles: [] as number[], editor: null as Page | null }
test.afterEach(async () => {
  const request = leftovers.editor?.context().request
  for (const id of leftovers.articles.splice(0)) await removeArticle(request!, id)
  await leftovers.editor?.context().close()
  leftovers.editor = null
})

const publishButton = (page: Page) => page.getByRole('button', { name: /^نشر/ }).first()
const bodyEditor = (page: Page) => page.locator('.rich-text-lexical [data-lexical-editor="true"]').first()
/** A line of Payload's Lexical editor script (LexicalProvider), to tell its lazy chunk from the others. */
const LEXICAL_SCRIPT = 'The value passed to the Lexical editor is not an object'

/**
 * A busy night on a slow line, made certain: the body's editor script arrives only once the publication has gone out,
 * and the publication is answered only once the body is on screen. The editor loads while the form is publishing.
 */
async function slowLine(page: Page, id: number) {
  let sent!: () => void
  const publicationSent = new Promise<void>((resolve) => (sent = resolve))
  await page.route(/\/_next\/static\/chunks\/.*\.js(\?.*)?$/, async (route) => {
    const response = await route.fetch()
    const script = await response.text()
    if (script.includes(LEXICAL_SCRIPT)) await publicationSent
    await route.fulfill({ response, body: script })
  })
  await page.route(new RegExp(`/api/articles/${id}\\?`), async (route) => {
    const request = route.request()
    if (request.method() !== 'PATCH' || new URL(request.url()).searchParams.has('draft')) return route.fallback()
    sent()
    await bodyEditor(page).waitFor({ state: 'attached' })
    await route.continue()
  })
}

test('should let the editor correct the body on the page that just published it, and readers get the correction', async ({ browser, baseURL }) => {
  const editor = await sessionAs(browser, baseURL!, accounts.editor)
  leftovers.editor = editor
  // Setup: the report, approved and waiting for the editor's click.
  const { id } = await approveArticle(editor, { title: TITLE, body: BODY })
  leftovers.articles.push(id)
  const body = bodyEditor(editor)
  const toasts = editor.locator('.payload-toast-container li')

  await test.step('the editor opens it and publishes with the button at once, on a slow line', async () => {
    await slowLine(editor, id)
    await editor.goto(`/admin/collections/articles/${id}`)
    // The desk came to publish: the click goes in as soon as the button is there, before the body has loaded.
    await publishButton(editor).click()
    await expect(toasts.filter({ hasText: 'بنجاح' })).toBeVisible({ timeout: 30_000 })
    await expect(workflowBox(editor).locator('[data-stage]')).toHaveText('منشور', { timeout: 30_000 })
    await editor.unrouteAll({ behavior: 'wait' })
  })

  await test.step('on the same page, the body takes the correction', async () => {
    await expect(body).toContainText(BODY)
    await expect(body).toHaveAttribute('contenteditable', 'true')
    await body.click()
    await editor.keyboard.press('End')
    await editor.keyboard.press('Backspace')
    await typeSlowly(editor, ATTRIBUTION)
    await expect(body).toContainText(CORRECTED)
    await editor.getByRole('button', { name: 'التصحيحات', exact: true }).click()
    await editor.getByRole('button', { name: 'أضف تعديل منشور' }).click()
    await editor.locator('#field-corrections__0__note').click()
    await typeSlowly(editor, NOTE)
    await expect(editor.locator('.autosave')).toContainText('مضى على آخر حفظ', { timeout: 20_000 })
    await editor.screenshot({ path: `${SCREENSHOT_DIR}/publish-then-correct-ar.png`, fullPage: true })
    await publishButton(editor).click()
    await expect
      .poll(async () => JSON.stringify(await api(editor, 'get', `/api/articles/${id}?depth=0`)), { timeout: 30_000 })
      .toContain(CORRECTED)
    await expect(workflowBox(editor).locator('[data-stage]')).toHaveText('منشور')
    await expect(editor.locator('.save-status--failed')).toHaveCount(0)
  })

  await test.step('readers get the corrected text and the entry', async () => {
    const { slug } = await api<{ slug: string }>(editor, 'get', `/api/articles/${id}?depth=0`)
    const reader = await browser.newContext({ baseURL })
    const page = await reader.newPage()
    await page.goto(`/ar/articles/${encodeURIComponent(slug)}`)
    await expect(page.locator('.article__body')).toContainText(CORRECTED)
    await expect(page.getByRole('region', { name: 'التصحيحات والتحديثات' })).toContainText(NOTE)
    await reader.close()
  })
})
