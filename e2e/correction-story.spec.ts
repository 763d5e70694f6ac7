import { expect, test } from '@playwright/test'

import { readArticle, sessionAs, startCorrection, typeSlowly, workflowBox } from './helpers/admin'
import { publishArticle } from './helpers/newsroom'
import { accounts, SCREENSHOT_DIR } from './helpers/urls'

// The editor corrects a published report in the admin, autosave on: changes the text, adds a corrections entry
// (autosaved while still empty), changes their mind once (reverting to the published version), writes the entry
// again and republishes. Readers get the new text and the dated entry.

const stamp = Date.now().toString(36)
const TITLE = `قصف على سوق في بلدة حدودية ${stamp}`
const BODY = 'قُتل 12 مدنيًا في قصف استهدف السوق صباح الخميس.'
const ATTRIBUTION = ' بحسب ما قاله مسؤول محلي لمراسلنا.'
const NOTE = 'نُسب عدد القتلى إلى مسؤول محلي بعد أن ورد في النسخة الأولى بصيغة الخبر المؤكد.'

test('an editor corrects a published article through the admin, and readers see the new text and the dated entry', async ({ browser, baseURL }) => {
  const editor = await sessionAs(browser, baseURL!, accounts.editor)
  // Setup: the report as readers already have it.
  const published = await publishArticle(editor, { title: TITLE, body: BODY })
  const id = String(published.id)
  const { slug } = published
  const body = editor.locator('.rich-text-lexical [contenteditable="true"]').first()
  const entryNote = editor.locator('#field-corrections__0__note')

  await test.step('the editor changes the text and opens a corrections entry, then goes back to the published version', async () => {
    await editor.goto(`/admin/collections/articles/${id}`)
    await startCorrection(editor, ATTRIBUTION)
    await expect(entryNote).toBeVisible()
    // The new entry is autosaved while still empty, and nothing is refused.
    await expect(editor.locator('.autosave')).toContainText('مضى على آخر حفظ', { timeout: 20_000 })
    await expect(editor.locator('.save-status--failed')).toHaveCount(0)

    await editor.getByRole('button', { name: 'الرّجوع للنسخة المنشورة' }).click()
    await editor.getByRole('button', { name: 'تأكيد', exact: true }).click()
    await expect(entryNote).toHaveCount(0)
    await editor.getByRole('button', { name: 'المتن', exact: true }).click()
    await expect(body).toContainText(BODY.slice(0, -1))
    await expect(body).not.toContainText('مسؤول محلي')
    await expect(editor.locator('.save-status--failed')).toHaveCount(0)
  })

  await test.step('the editor makes the change again, writes what changed, and republishes', async () => {
    await startCorrection(editor, ATTRIBUTION)
    await entryNote.click()
    await typeSlowly(editor, NOTE)
    await editor.screenshot({ path: `${SCREENSHOT_DIR}/story-6-correction-entry-ar.png`, fullPage: true })
    await editor.getByRole('button', { name: /^نشر/ }).first().click()
    await expect.poll(async () => JSON.stringify((await readArticle(editor, id)) as unknown)).toContain('مسؤول محلي')
    await expect(workflowBox(editor).locator('[data-stage]')).toHaveText('منشور')
    await expect(editor.locator('.save-status--failed')).toHaveCount(0)
  })

  await test.step('readers see the corrected text and the dated entry', async () => {
    const reader = await browser.newContext({ baseURL })
    const page = await reader.newPage()
    await page.goto(`/ar/articles/${encodeURIComponent(slug)}`)
    await expect(page.locator('.article__body')).toContainText('مسؤول محلي')
    const log = page.getByRole('region', { name: 'التصحيحات والتحديثات' })
    await expect(log).toContainText(NOTE)
    await expect(log.locator('time')).toHaveCount(1)
    await page.screenshot({ path: `${SCREENSHOT_DIR}/story-7-correction-reader-ar.png`, fullPage: true })
    await reader.close()
  })
  await editor.context().close()
})
