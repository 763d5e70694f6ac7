import { expect, type Locator, type Page, test } from '@playwright/test'

import { lexicalFromText } from '../src/lib/lexical'
import { readArticle, sessionAs, workflowBox } from './helpers/admin'
import { api, removeArticle } from './helpers/newsroom'
import { accounts, SCREENSHOT_DIR } from './helpers/urls'

// Payload's «نشر التّغييرات» is offered to the editor only once the workflow allows publishing: not while the
// article is in edit, at once after approval. A page left open while a colleague took the article back is still
// refused by the server, which says why, and the page then stops offering it.

const stamp = () => Date.now().toString(36)
const APPROVE = 'اعتماد للنشر'
const NOTE = 'خبر خدمي بلا أرقام ولا ادعاءات منسوبة.'

// The article is removed after the test, even when it fails: the people's pages first, then the article through the
// admin's session (unpublished first: a published article is never deleted), closed last.
const leftovers = { pages: [] as Page[], articles: [] as number[], remover: null as Page | null }
test.afterEach(async () => {
  for (const page of leftovers.pages.splice(0)) await page.context().close()
  const request = leftovers.remover?.context().request
  for (const id of leftovers.articles.splice(0)) await removeArticle(request!, id)
  await leftovers.remover?.context().close()
  leftovers.remover = null
})

const typeAsPerson = (field: Locator, text: string) => field.pressSequentially(text, { delay: 60 + Math.floor(Math.random() * 60) })
const publishButton = (page: Page) => page.getByRole('button', { name: /^نشر/ })

/** Approves without the fact-checker as the editor does: the button, the reason typed in its dialog, the confirmation. */
async function approveWithReason(page: Page) {
  await workflowBox(page).getByRole('button', { name: APPROVE, exact: true }).click()
  const dialog = page.getByRole('dialog', { name: APPROVE })
  await typeAsPerson(dialog.getByLabel('ملاحظة على النقل'), NOTE)
  await dialog.getByRole('button', { name: APPROVE, exact: true }).click()
  await expect(workflowBox(page).locator('[data-stage]')).toHaveText('معتمد للنشر', { timeout: 30_000 })
}

test('the editor is offered «نشر التّغييرات» only once the article is approved, and told why when the page fell behind', async ({ browser, baseURL }) => {
  const writer = await sessionAs(browser, baseURL!, accounts.writer)
  leftovers.pages.push(writer)
  const admin = await sessionAs(browser, baseURL!, accounts.admin)
  leftovers.remover = admin
  const title = `مواعيد جديدة لمكتب البريد ${stamp()}`
  // Setup: the writer's draft, submitted; the detector run on it and its proposals set aside.
  const { doc } = await api<{ doc: { id: number } }>(writer, 'post', '/api/articles?draft=true', { title, body: lexicalFromText('يفتح مكتب البريد أبوابه من الثامنة صباحًا ابتداءً من الأسبوع المقبل.') })
  const id = doc.id
  leftovers.articles.push(id)
  await api(writer, 'post', `/api/articles/${id}/move`, { to: 'inEdit' })
  const { proposals } = await api<{ proposals: { sentence: string }[] }>(admin, 'post', `/api/articles/${id}/detect-claims`)
  for (const { sentence } of proposals) await api(admin, 'post', `/api/articles/${id}/dismiss-proposal`, { sentence })

  const editor = await sessionAs(browser, baseURL!, accounts.editor)
  leftovers.pages.push(editor)

  await test.step('in edit, the editor is not offered publication', async () => {
    await editor.goto(`/admin/collections/articles/${id}`)
    await expect(workflowBox(editor).locator('[data-stage]')).toHaveText('قيد التحرير')
    await expect(workflowBox(editor).getByRole('button', { name: APPROVE, exact: true })).toBeVisible()
    await expect(publishButton(editor)).toHaveCount(0)
    await editor.screenshot({ path: `${SCREENSHOT_DIR}/publish-not-offered-in-edit-ar.png` })
  })

  await test.step('approved, the page offers «نشر التّغييرات»', async () => {
    await approveWithReason(editor)
    await expect(publishButton(editor)).toHaveText('نشر التّغييرات')
    await expect(publishButton(editor)).toBeEnabled()
    await editor.screenshot({ path: `${SCREENSHOT_DIR}/publish-offered-when-approved-ar.png` })
  })

  await test.step('a colleague reopens it meanwhile: the editor’s press is refused with the reason, and a reload stops offering it', async () => {
    await api(admin, 'post', `/api/articles/${id}/move`, { to: 'inEdit', note: 'فقرة ناقصة عن أيام العطل.' })
    await publishButton(editor).click()
    const banner = editor.locator('.save-status')
    await expect(banner).toContainText('رُفض النشر')
    await expect(banner).toContainText('لا يُنشر إلا مقال معتمد')
    // Refused, not lost: the banner does not say the text was not saved, and speaks the interface's language only.
    await expect(banner).not.toContainText('لم يُحفظ')
    await expect(banner).not.toContainText('only an approved article')
    await editor.reload()
    await expect(workflowBox(editor).locator('[data-stage]')).toHaveText('قيد التحرير')
    await expect(publishButton(editor)).toHaveCount(0)
    expect((await readArticle(editor, String(id)))._status).toBe('draft')
  })

  await test.step('approved again, the editor publishes with the button', async () => {
    await approveWithReason(editor)
    await publishButton(editor).click()
    await expect(workflowBox(editor).locator('[data-stage]')).toHaveText('منشور', { timeout: 30_000 })
    expect((await readArticle(editor, String(id)))._status).toBe('published')
  })
})
