import { expect, type Page, test } from '@playwright/test'

import { sessionAs } from './helpers/admin'
import { api, publishArticle } from './helpers/newsroom'
import { accounts } from './helpers/urls'

// Hostile text and links, stored through the API as a newsroom member could, then opened in a real browser
// on the public page and in the admin: no script may run, no dangerous link may be clickable.

const MARKUP = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  '"><svg onload=window.__xss=1>',
  "'-alert(1)-'",
  '<a href="javascript:window.__xss=1">x</a>',
  '{{constructor.constructor("window.__xss=1")()}}',
]

const LINKS = [
  'javascript:window.__xss=1',
  'JaVaScRiPt:window.__xss=1',
  ' javascript:window.__xss=1',
  'java\tscript:window.__xss=1',
  'javascript&#58;window.__xss=1',
  'data:text/html,<script>window.__xss=1</script>',
  'vbscript:msgbox(1)',
  '//evil.example/x',
]

const linkNode = (url: string) => ({
  type: 'link',
  version: 3,
  fields: { linkType: 'custom', url, newTab: false },
  children: [{ type: 'text', text: `رابط ${url.slice(0, 12)}`, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
  direction: 'rtl',
  format: '',
  indent: 0,
})

const bodyWith = (texts: string[], urls: string[]) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'rtl',
    format: '',
    indent: 0,
    children: [
      ...texts.map((text) => ({ type: 'paragraph', version: 1, direction: 'rtl', format: '', indent: 0, textFormat: 0, textStyle: '', children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] })),
      { type: 'paragraph', version: 1, direction: 'rtl', format: '', indent: 0, textFormat: 0, textStyle: '', children: urls.map(linkNode) },
    ],
  },
})

async function watchForScripts(page: Page) {
  const dialogs: string[] = []
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message())
    await dialog.dismiss()
  })
  return {
    dialogs,
    ran: () => page.evaluate(() => (window as unknown as { __xss?: number }).__xss === 1),
  }
}

test('hostile markup and links are shown as text and made inert, on the public page and in the admin', async ({ browser, baseURL }) => {
  const editor = await sessionAs(browser, baseURL!, accounts.editor)
  const { id, slug } = await publishArticle(editor, { title: `${MARKUP[0]} عنوان`, body: 'نص.', dek: MARKUP.join(' ') })
  // The hostile text is published; the hostile links go into a draft (publishing refuses the script and data
  // schemes: the editor's link validation) and are opened in the staff preview, which renders the body with
  // the same component as the public page.
  await api(editor, 'patch', `/api/articles/${id}`, {
    body: bodyWith(MARKUP, []),
    _status: 'published',
    corrections: [{ kind: 'update', note: `${MARKUP[1]} تحديث` }],
  })
  const refused = await editor.request.patch(`/api/articles/${id}`, { data: { body: bodyWith([], LINKS.slice(0, 1)), _status: 'published' } })
  expect(refused.status()).toBe(400)
  await api(editor, 'patch', `/api/articles/${id}?draft=true`, { body: bodyWith(MARKUP, LINKS) })
  const source = (await api<{ doc: { id: number } }>(editor, 'post', '/api/sources', { name: `${MARKUP[2]} مصدر`, kind: 'document' })).doc
  await api(editor, 'post', '/api/claims', {
    article: id,
    text: `${MARKUP[3]} ادعاء`,
    claimant: source.id,
    verdict: 'attributed',
    rationale: MARKUP[4],
    evidence: [{ url: 'https://example.org/ok', description: MARKUP[5] }],
    publicNote: { kind: 'update', note: `${MARKUP[0]} ملاحظة` },
  })
  for (const url of LINKS.slice(0, 3)) {
    const refused = await editor.request.post('/api/claims', { data: { article: id, text: 'دليل خبيث', verdict: 'unverified', evidence: [{ url }] } })
    expect(refused.status(), url).toBe(400)
  }

  const reader = await browser.newPage()
  const watch = await watchForScripts(reader)
  await reader.goto(`/ar/articles/${encodeURIComponent(slug)}`)
  await expect(reader.locator('.article__title')).toContainText('<img src=x')
  await expect(reader.locator('.article__body')).toContainText('<script>')
  await expect(reader.getByRole('region', { name: 'المصادر والتحقق' })).toContainText('<svg onload')
  expect(await watch.ran()).toBe(false)
  expect(watch.dialogs).toEqual([])

  const watchPreview = await watchForScripts(editor)
  await editor.goto(`/ar/preview/${id}`)
  const links = editor.locator('.article__body a')
  await expect(links).toHaveCount(LINKS.length)
  const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))
  for (const href of hrefs) expect(href ?? '', String(href)).not.toMatch(/^\s*(javascript|data|vbscript)|&#58;|\t|^\/\//i)
  for (const link of await links.all()) await link.click({ noWaitAfter: true, timeout: 2000 }).catch(() => undefined)
  expect(await watchPreview.ran()).toBe(false)
  expect(watchPreview.dialogs).toEqual([])

  const watchAdmin = watchPreview
  await editor.goto(`/admin/collections/articles/${id}`)
  await expect(editor.locator('#field-title')).toHaveValue(/<img src=x/)
  await editor.goto(`/admin/collections/claims?limit=50`)
  await editor.goto(`/admin/collections/sources?limit=50`)
  await expect(editor.getByText(`${MARKUP[2]} مصدر`)).toBeVisible()
  expect(await watchAdmin.ran()).toBe(false)
  expect(watchAdmin.dialogs).toEqual([])
  await reader.close()
  await editor.context().close()
})
