import { type APIRequestContext, expect, type Locator, type Page, type Response, test } from '@playwright/test'

import { lexicalFromText, textFromLexical } from '../src/lib/lexical'
import { readArticle, sessionAs } from './helpers/admin'
import { api } from './helpers/newsroom'
import { accounts, SCREENSHOT_DIR } from './helpers/urls'

// A writer types in a draft, autosave on; meanwhile an editor, in another browser, names the article's fact-checker.
// The writer's next autosave is not refused as stale: each changed a different field, so both changes are kept,
// and the writer's page shows the fact-checker the editor chose (src/collections/Articles/hooks/refuseStaleSaves.ts).

const stamp = () => Date.now().toString(36)
const OPENING = 'أعلنت البلدية إغلاق الجسر القديم أمام السيارات.'
const FIRST = ' وقال المهندس المسؤول إن الشقوق ظهرت بعد أمطار الأسبوع الماضي،'
const SECOND = ' وإن الإصلاح قد يستغرق ثلاثة أشهر على الأقل.'
const CHECKER = 'عمر الأنصاري'

// What the test made is removed after it, even when it fails: the people's pages first, so that no open editor
// writes to it, then the article, through the admin's session, which is closed last.
const leftovers = { pages: [] as Page[], records: [] as { request: APIRequestContext; path: string }[], remover: null as Page | null }
test.afterEach(async () => {
  for (const page of leftovers.pages.splice(0)) await page.context().close()
  for (const { request, path } of leftovers.records.splice(0)) {
    const response = await request.delete(path)
    expect(response.ok(), `delete ${path}: ${await response.text()}`).toBe(true)
  }
  await leftovers.remover?.context().close()
  leftovers.remover = null
})

/** Typing as a person does, a key at a time, 60 to 120 ms apart. */
const typeAsPerson = (field: Locator, text: string) => field.pressSequentially(text, { delay: 60 + Math.floor(Math.random() * 60) })

/** The header's autosave line goes through «جاري الحفظ…» and back to «مضى على آخر حفظ …». */
async function seesItSaved(page: Page) {
  const indicator = page.locator('.autosave')
  await expect(indicator).toContainText('جاري الحفظ')
  await expect(indicator).toContainText('مضى على آخر حفظ')
}

test('an editor names the fact-checker while the writer types: both changes are kept and nothing is refused', async ({ browser, baseURL }) => {
  const writer = await sessionAs(browser, baseURL!, accounts.writer)
  leftovers.pages.push(writer)
  const admin = await sessionAs(browser, baseURL!, accounts.admin)
  leftovers.remover = admin
  const { doc } = await api<{ doc: { id: number } }>(writer, 'post', '/api/articles?draft=true', { title: `الجسر القديم يُغلق ${stamp()}`, body: lexicalFromText(OPENING) })
  const id = doc.id
  leftovers.records.push({ request: admin.context().request, path: `/api/articles/${id}?overrideLock=true` })

  const writersSaves: number[] = []
  writer.on('response', (response: Response) => {
    const url = new URL(response.url())
    if (response.request().method() === 'PATCH' && url.pathname === `/api/articles/${id}`) writersSaves.push(response.status())
  })

  await test.step('the writer types on in the body and sees it saved', async () => {
    await writer.goto(`/admin/collections/articles/${id}`)
    await expect(writer.locator('html')).toHaveAttribute('dir', /^rtl$/i)
    const body = writer.locator('.rich-text-lexical [contenteditable="true"]').first()
    await body.click()
    await writer.keyboard.press('ControlOrMeta+End')
    await typeAsPerson(body, FIRST)
    await seesItSaved(writer)
  })

  await test.step('the editor, in another browser, names the fact-checker and sees it saved', async () => {
    const editor = await sessionAs(browser, baseURL!, accounts.editor)
    leftovers.pages.push(editor)
    await editor.goto(`/admin/collections/articles/${id}`)
    await expect(editor.locator('.rich-text-lexical')).toContainText(`${OPENING}${FIRST}`)
    const checker = editor.locator('#field-assignees__factChecker')
    await checker.locator('.rs__control').click()
    await typeAsPerson(checker.locator('input'), 'عمر')
    await editor.locator('.rs__option', { hasText: CHECKER }).first().click()
    await expect(checker).toContainText(CHECKER)
    await seesItSaved(editor)
    await editor.context().close()
  })

  await test.step('the writer types on: the autosave goes through, and the page shows the editor’s choice', async () => {
    const body = writer.locator('.rich-text-lexical [contenteditable="true"]').first()
    await typeAsPerson(body, SECOND)
    await seesItSaved(writer)
    await expect(writer.locator('#field-assignees__factChecker')).toContainText(CHECKER)
    await expect(writer.getByRole('alert').filter({ hasText: 'لم يُحفظ آخر تعديل' })).toHaveCount(0)
    await expect(writer.getByText(/أعد تحميل الصفحة/)).toHaveCount(0)
    await expect(body).toContainText(`${OPENING}${FIRST}${SECOND}`)
    await writer.screenshot({ path: `${SCREENSHOT_DIR}/assign-while-writing-ar.png`, fullPage: true })
    expect(writersSaves.length).toBeGreaterThanOrEqual(2)
    expect(writersSaves.every((status) => status === 200), `the writer's saves: ${writersSaves.join(', ')}`).toBe(true)
  })

  await test.step('after a reload, the article holds every word the writer typed and the editor’s fact-checker', async () => {
    await writer.reload()
    await expect(writer.locator('.rich-text-lexical')).toContainText(`${OPENING}${FIRST}${SECOND}`)
    await expect(writer.locator('#field-assignees__factChecker')).toContainText(CHECKER)
    const saved = (await readArticle(writer, String(id))) as unknown as { body: unknown; assignees?: { factChecker?: number | null } }
    expect(textFromLexical(saved.body)).toBe(`${OPENING}${FIRST}${SECOND}`)
    expect(saved.assignees?.factChecker).toBeTruthy()
  })
})
