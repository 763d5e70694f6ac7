import { expect, test } from '@playwright/test'

import { moveTo, readArticle, sessionAs } from './helpers/admin'
import { accounts, SCREENSHOT_DIR } from './helpers/urls'

const stamp = Date.now().toString().slice(-5)
const TITLE = `مراسلنا في موبتي: السوق الأسبوعي يعود بعد الهجوم ${stamp}`
const BODY = 'عاد التجار إلى السوق الأسبوعي صباح الإثنين، بحسب ما قاله لنا ثلاثة منهم.'
const REASON = 'من هم التجار الثلاثة؟ أضف صفاتهم أو سبب عدم تسميتهم.'

test('an article goes from the writer through the editor and the fact-checker to the readers', async ({ browser, baseURL }) => {
  let id = ''

  await test.step('the writer drafts in the Arabic RTL admin and submits, with no publish control in sight', async () => {
    const writer = await sessionAs(browser, baseURL!, accounts.writer)
    await expect(writer.locator('html')).toHaveAttribute('dir', /^rtl$/i)
    await writer.goto('/admin/collections/articles/create')
    await writer.locator('#field-title').fill(TITLE)
    const editor = writer.locator('.rich-text-lexical [contenteditable="true"]').first()
    await editor.click()
    await writer.keyboard.type(BODY)
    await expect(editor).toContainText(BODY)
    await expect(writer).toHaveURL(/\/admin\/collections\/articles\/\d+/)
    id = writer.url().match(/articles\/(\d+)/)![1]
    // Autosave has kept the title and the text before anyone else looks.
    await expect.poll(async () => JSON.stringify(await readArticle(writer, id))).toContain(BODY)
    expect((await readArticle(writer, id)).title).toBe(TITLE)
    // Lexical's hidden toolbars must not widen the RTL page sideways.
    const overflow = await writer.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(1)
    await expect(writer.getByRole('button', { name: /^نشر/ })).toHaveCount(0)
    await writer.screenshot({ path: `${SCREENSHOT_DIR}/admin-article-edit-ar.png`, fullPage: true })

    await writer.goto(`/ar/preview/${id}`)
    await expect(writer.getByRole('status')).toContainText('معاينة داخلية')
    await expect(writer.getByRole('heading', { level: 1, name: TITLE })).toBeVisible()
    const anonymous = await browser.newContext({ baseURL })
    expect((await (await anonymous.newPage()).goto(`/ar/preview/${id}`))?.status()).toBe(404)
    await anonymous.close()
    await writer.goto(`/admin/collections/articles/${id}`)

    const forced = await writer.request.patch(`/api/articles/${id}`, { data: { _status: 'published' } })
    expect(forced.status()).toBe(403)

    await moveTo(writer, 'قيد التحرير')
    expect((await readArticle(writer, id)).stage).toBe('inEdit')
    await writer.context().close()
  })

  await test.step('the editor returns it with a reason; the writer sees why, fixes it and resubmits', async () => {
    const editor = await sessionAs(browser, baseURL!, accounts.editor)
    await editor.goto(`/admin/collections/articles/${id}`)
    await moveTo(editor, 'مُعاد إلى الكاتب', REASON)
    const returned = await readArticle(editor, id)
    expect(returned.stage).toBe('returned')
    expect(returned.history?.at(-1)).toMatchObject({ to: 'returned', note: REASON })
    await editor.context().close()

    const writer = await sessionAs(browser, baseURL!, accounts.writer)
    await writer.goto(`/admin/collections/articles/${id}`)
    await expect(writer.getByRole('region', { name: 'سجل المراحل' }).getByText(REASON)).toBeVisible()
    await writer.screenshot({ path: `${SCREENSHOT_DIR}/admin-returned-with-reason-ar.png`, fullPage: true })
    await moveTo(writer, 'قيد التحرير')
    await writer.context().close()
  })

  await test.step('the editor sends it to fact-check and the fact-checker approves it', async () => {
    const editor = await sessionAs(browser, baseURL!, accounts.editor)
    await editor.goto(`/admin/collections/articles/${id}`)
    await moveTo(editor, 'قيد التحقق')
    await editor.context().close()

    const checker = await sessionAs(browser, baseURL!, accounts.checker)
    await expect(checker.getByRole('link', { name: 'طابور عملي' })).toHaveAttribute('href', '/admin/queue')
    await checker.goto('/admin/queue')
    await expect(checker.getByRole('heading', { level: 1, name: 'طابور عملي' })).toBeVisible()
    await expect(checker.getByRole('link', { name: TITLE })).toBeVisible()
    await checker.screenshot({ path: `${SCREENSHOT_DIR}/admin-queue-factchecker-ar.png`, fullPage: true })
    await checker.getByRole('link', { name: TITLE }).click()
    await expect(checker).toHaveURL(new RegExp(`/admin/collections/articles/${id}`))
    await expect(checker.getByRole('button', { name: /^نشر/ })).toHaveCount(0)
    await moveTo(checker, 'معتمد للنشر')
    expect((await readArticle(checker, id)).stage).toBe('approved')
    await checker.context().close()
  })

  await test.step('the editor publishes it', async () => {
    const editor = await sessionAs(browser, baseURL!, accounts.editor)
    await editor.goto(`/admin/collections/articles/${id}`)
    await editor.getByRole('button', { name: /^نشر/ }).first().click()
    await expect.poll(async () => (await readArticle(editor, id))._status).toBe('published')
    const published = await readArticle(editor, id)
    expect(published.stage).toBe('published')
    expect(published.history?.map((move) => move.to)).toEqual(['draft', 'inEdit', 'returned', 'inEdit', 'factCheck', 'approved', 'published'])
    await editor.reload()
    await expect(editor.getByRole('region', { name: 'سجل المراحل' }).locator('li')).toHaveCount(7)
    await editor.screenshot({ path: `${SCREENSHOT_DIR}/admin-history-sidebar-ar.png`, fullPage: true })
    await editor.context().close()
  })

  await test.step('readers find it on /ar and on its own page', async () => {
    const reader = await browser.newContext({ baseURL })
    const page = await reader.newPage()
    await page.goto('/ar')
    const link = page.getByRole('link', { name: TITLE })
    await expect(link).toBeVisible()
    await link.click()
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible()
    await expect(page.locator('.article__body')).toContainText(BODY)
    expect(decodeURIComponent(new URL(page.url()).pathname)).toMatch(/^\/ar\/articles\/مراسلنا-في-موبتي-السوق-الأسبوعي/)
    await reader.close()
  })
})
