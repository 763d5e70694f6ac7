import { expect, type Page, test } from '@playwright/test'
import sharp from 'sharp'

import { authorPath, feedPath, placePath, tagPath } from '../src/lib/paths'

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
  // Out of the JSON-LD script and into a new one.
  '</script><script>window.__xss=1</script>',
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
  const sourceName = `${MARKUP[2]} مصدر ${Date.now()}`
  const source = (await api<{ doc: { id: number } }>(editor, 'post', '/api/sources', { name: sourceName, kind: 'document' })).doc
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
  await expect(editor.getByText(sourceName)).toBeVisible()
  expect(await watchAdmin.ran()).toBe(false)
  expect(watchAdmin.dialogs).toEqual([])
  await reader.close()
  await editor.context().close()
})

test('hostile names of pictures, tags, places and authors stay text on every page and in the feed', async ({ browser, baseURL }) => {
  const stamp = Date.now()
  const admin = await sessionAs(browser, baseURL!, accounts.admin)
  const editor = await sessionAs(browser, baseURL!, accounts.editor)
  const png = await sharp({ create: { width: 96, height: 54, channels: 3, background: '#7a6a55' } }).png().toBuffer()
  const upload = await editor.request.post('/api/media', {
    multipart: { file: { name: `xss-${stamp}.png`, mimeType: 'image/png', buffer: png }, _payload: JSON.stringify({ alt: `${MARKUP[6]} صورة`, caption: `${MARKUP[0]} تعليق الصورة` }) },
  })
  expect(upload.ok(), await upload.text()).toBe(true)
  const picture = ((await upload.json()) as { doc: { id: number } }).doc
  const tag = (await api<{ doc: { id: number; slug: string } }>(editor, 'post', '/api/tags', { name: `${MARKUP[2]} وسم ${stamp}` })).doc
  const place = (await api<{ doc: { id: number; slug: string } }>(editor, 'post', '/api/places', { name: `${MARKUP[6]} مكان ${stamp}` })).doc
  const author = (
    await api<{ doc: { id: number; slug: string } }>(admin, 'post', '/api/users', { email: `xss-${stamp}@mirsad.test`, password: 'a-long-e2e-password', name: `${MARKUP[0]} كاتب ${stamp}`, role: 'writer' })
  ).doc
  const { slug } = await publishArticle(editor, {
    title: `${MARKUP[6]} عنوان ${stamp}`,
    dek: `${MARKUP[6]} ${MARKUP[1]} تمهيد`,
    body: `${MARKUP[6]} نص.`,
    heroImage: picture.id,
    tags: [tag.id],
    places: [place.id],
    authors: [author.id],
  })

  const reader = await browser.newPage()
  const watch = await watchForScripts(reader)
  await reader.goto(`/ar/articles/${encodeURIComponent(slug)}`)
  await expect(reader.locator('.article__title')).toContainText('</script>')
  await expect(reader.getByText(`${MARKUP[0]} تعليق الصورة`)).toBeVisible()
  await expect(reader.locator(`img[alt="${MARKUP[6]} صورة"]`).first()).toBeVisible()
  // The hostile title, standfirst and names reach the JSON-LD as data: every script there still parses.
  for (const json of await reader.locator('script[type="application/ld+json"]').allTextContents()) expect(() => JSON.parse(json)).not.toThrow()
  for (const [path, name] of [
    [tagPath('ar', tag.slug), `${MARKUP[2]} وسم ${stamp}`],
    [placePath('ar', place.slug), `${MARKUP[6]} مكان ${stamp}`],
    [authorPath('ar', author.slug), `${MARKUP[0]} كاتب ${stamp}`],
  ]) {
    await reader.goto(path)
    await expect(reader.getByRole('heading', { level: 1 }), path).toContainText(name)
  }

  // A feed reader shows an item's title and description as HTML: what it gets must show as the words typed.
  const feed = await (await reader.request.get(feedPath('ar'))).text()
  const shown = await reader.evaluate(
    ([xml, marker]) => {
      const item = [...new DOMParser().parseFromString(xml, 'application/xml').querySelectorAll('item')].find((entry) => entry.querySelector('title')?.textContent?.includes(marker))
      if (!item) return null
      const box = document.createElement('div')
      box.innerHTML = `<h2>${item.querySelector('title')?.textContent ?? ''}</h2><p>${item.querySelector('description')?.textContent ?? ''}</p>`
      document.body.append(box)
      return box.textContent
    },
    [feed, String(stamp)],
  )
  expect(shown).toContain(`${MARKUP[6]} عنوان ${stamp}`)
  expect(shown).toContain(`${MARKUP[1]} تمهيد`)
  expect(await watch.ran()).toBe(false)
  expect(watch.dialogs).toEqual([])

  // The same names in the admin.
  const watchAdmin = await watchForScripts(editor)
  await editor.goto(`/admin/collections/media/${picture.id}`)
  await expect(editor.locator('#field-alt')).toHaveValue(`${MARKUP[6]} صورة`)
  await editor.goto('/admin/collections/tags?limit=50')
  await expect(editor.getByText(`${MARKUP[2]} وسم ${stamp}`)).toBeVisible()
  expect(await watchAdmin.ran()).toBe(false)
  expect(watchAdmin.dialogs).toEqual([])
  await reader.close()
  await editor.context().close()
  await admin.context().close()
})
