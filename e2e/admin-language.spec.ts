import { expect, type Locator, type Page, test } from '@playwright/test'

import { logIn, sessionAs, typeSlowly } from './helpers/admin'
import { api, idOf } from './helpers/newsroom'
import { accounts, DIOURA_TITLE, SCREENSHOT_DIR } from './helpers/urls'

// The admin speaks one language at a time: a person reading Arabic meets no English in labels, names, tooltips or
// messages (the editor's menus included), and the reverse; and nothing on a phone's 390 px scrolls sideways.

const LATIN_WORD = /[A-Za-z]{2,}/
const ARABIC_LETTER = /[\u0600-\u06FF]/
const run = Date.now().toString(36)

/** The names and tooltips under `root` (aria-label, title), as a screen reader or a hover would give them. */
const namesIn = (root: Locator) =>
  root.evaluateAll((elements) =>
    elements.flatMap((element) => [element, ...element.querySelectorAll('[aria-label], [title]')]).flatMap((element) => ['aria-label', 'title'].map((name) => element.getAttribute(name) ?? '').filter(Boolean)),
  )

/** Elements drawn beyond the screen's edges, outside any box that scrolls or clips them; and the page's width. */
const overflowAt = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth
    const clipped = (element: Element) => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== 'visible') return true
      }
      return false
    }
    const wide = [...document.body.querySelectorAll('*')].filter((element) => {
      const box = element.getBoundingClientRect()
      if (box.width === 0 || box.height === 0 || getComputedStyle(element).visibility === 'hidden') return false
      return (box.right > width + 1 || box.left < -1) && !clipped(element)
    })
    return { scrollWidth: document.documentElement.scrollWidth, width, wide: wide.map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`) }
  })

/** Whether two boxes on screen share any point. */
const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

/** A draft article of the editor's, opened in the edit view with the cursor in its body. */
async function openBody(editor: Page, title: string) {
  const { doc } = await api<{ doc: { id: number } }>(editor, 'post', '/api/articles?draft=true', { title })
  await editor.goto(`/admin/collections/articles/${doc.id}`)
  const body = editor.locator('.rich-text-lexical [contenteditable="true"]').first()
  await body.click()
  return { id: doc.id, body }
}

test.describe('the admin language', () => {
  test('should open in Arabic for a browser that asks for English', async ({ page }) => {
    await page.goto('/admin/login')
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
    await expect(page.locator('html')).toHaveAttribute('dir', /^rtl$/i)
    await expect(page.getByRole('button', { name: 'تسجيل الدخول' })).toBeVisible()
    await expect(page.getByText('مرصد').first()).toBeVisible()
    await page.screenshot({ path: `${SCREENSHOT_DIR}/admin-login-ar.png` })
  })

  test('should switch to English, left to right, when a user picks it', async ({ page, context, baseURL }) => {
    await logIn(page, accounts.writer)
    await context.addCookies([{ name: 'payload-lng', value: 'en', url: baseURL! }])
    await page.goto('/admin')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.locator('html')).toHaveAttribute('dir', /^ltr$/i)
    await expect(page.getByRole('link', { name: 'Articles' }).first()).toBeVisible()
  })

  test('should show a signed-in editor the Arabic dashboard', async ({ page }) => {
    await logIn(page, accounts.editor)
    await expect(page.locator('html')).toHaveAttribute('dir', /^rtl$/i)
    await expect(page.getByRole('link', { name: 'المقالات' }).first()).toBeVisible()
    await page.screenshot({ path: `${SCREENSHOT_DIR}/admin-dashboard-ar.png`, fullPage: true })
  })

  test('should name every control in Arabic, with no "[object Object]" where a label belongs', async ({ browser, baseURL }) => {
    const editor = await sessionAs(browser, baseURL!, accounts.editor)
    await editor.goto('/admin')
    await expect(editor.getByRole('link', { name: 'إنشاء مقال جديد' })).toBeVisible()
    await expect(editor.getByRole('region', { name: /^الإشعارات/ })).toBeAttached()

    await editor.goto('/admin/collections/articles')
    await expect(editor.getByRole('button', { name: 'رتّب حسب العنوان تصاعدي' })).toBeVisible()
    await expect(editor.getByRole('checkbox', { name: 'حدد جميع الصفوف' })).toBeAttached()
    expect((await namesIn(editor.locator('body'))).filter((name) => name.includes('[object Object]') || name === 'select-all')).toEqual([])

    await editor.goto('/admin/collections/claims/create')
    await expect(editor.getByRole('button', { name: 'أضف مصدر جديد' }).first()).toBeAttached()
    // A checkbox's tooltip was its field's name in the code ("named"); now it is its label.
    await expect(editor.locator('input[type="checkbox"][name="named"]')).not.toHaveAttribute('title', 'named')
    expect((await namesIn(editor.locator('body'))).filter((name) => name.includes('[object Object]') || LATIN_WORD.test(name.replace(/alt\+T$/, '')))).toEqual([])
    await editor.context().close()
  })

  test("should offer the editor's slash menu and toolbar in Arabic", async ({ browser, baseURL }) => {
    const editor = await sessionAs(browser, baseURL!, accounts.editor)
    const { id } = await openBody(editor, `قائمة المحرر ${run}`)

    await typeSlowly(editor, '/')
    const menu = editor.getByRole('listbox', { name: 'قائمة الأوامر' })
    await expect(menu).toBeVisible()
    for (const option of ['فقرة', 'اقتباس', 'قائمة مرتبة', 'العنوان 1']) await expect(menu.getByRole('option', { name: option, exact: true })).toBeVisible()
    await expect(menu).not.toHaveText(LATIN_WORD)
    await editor.screenshot({ path: `${SCREENSHOT_DIR}/admin-slash-menu-ar.png` })
    await editor.keyboard.press('Escape')
    await editor.keyboard.press('Backspace')

    await typeSlowly(editor, 'جملة أولى في المتن')
    await editor.keyboard.press('Shift+Home')
    const toolbar = editor.locator('.inline-toolbar-popup')
    await expect(toolbar.getByRole('button', { name: 'عريض' })).toBeVisible()
    for (const name of ['مائل', 'تسطير', 'رابط', 'نوع الفقرة', 'المحاذاة']) await expect(toolbar.getByRole('button', { name })).toBeVisible()
    await editor.screenshot({ path: `${SCREENSHOT_DIR}/admin-inline-toolbar-ar.png` })
    await toolbar.getByRole('button', { name: 'المحاذاة' }).click()
    await expect(editor.getByRole('button', { name: 'محاذاة في الوسط' })).toBeVisible()
    await editor.keyboard.press('Escape')

    await editor.locator('.rich-text-lexical [contenteditable="true"] p').first().hover()
    await expect(editor.getByRole('button', { name: 'اسحب للنقل' })).toBeAttached()
    await expect(editor.getByRole('button', { name: 'أضف كتلة' })).toBeAttached()
    const names = await namesIn(editor.locator('.rich-text-lexical'))
    expect(names.length).toBeGreaterThan(5)
    expect(names.filter((name) => LATIN_WORD.test(name))).toEqual([])
    await api(editor, 'delete', `/api/articles/${id}`)
    await editor.context().close()
  })

  test('should say in Arabic that the server could not be reached, and show an unticked box as «لا»', async ({ browser, baseURL }) => {
    const editor = await sessionAs(browser, baseURL!, accounts.editor)
    const name = `مصدر بلا اتصال ${run}`
    const { doc } = await api<{ doc: { id: number } }>(editor, 'post', '/api/sources', { name, kind: 'witness' })

    await editor.goto(`/admin/collections/sources/${doc.id}`)
    await editor.route(`**/api/sources/${doc.id}?**`, (route) => (route.request().method() === 'GET' ? route.continue() : route.abort('internetdisconnected')))
    await editor.locator('#field-nameFr').click()
    await typeSlowly(editor, 'Témoin')
    await editor.getByRole('button', { name: 'حفظ', exact: true }).click()
    const toast = editor.locator('[data-sonner-toast]').filter({ hasText: 'تعذّر الاتصال بالخادم' })
    await expect(toast).toBeVisible()
    await expect(editor.locator('[data-sonner-toast]')).not.toContainText(LATIN_WORD)
    await editor.screenshot({ path: `${SCREENSHOT_DIR}/admin-network-toast-ar.png` })

    await editor.unroute(`**/api/sources/${doc.id}?**`)
    await editor.getByRole('button', { name: 'حفظ', exact: true }).click()
    await expect(editor.locator('[data-sonner-toast]').filter({ hasText: 'بنجاح' })).toBeVisible()

    // «طرف في النزاع» was never ticked: Payload looked up `general:null` and printed the key.
    await editor.goto(`/admin/collections/sources?where[name][equals]=${encodeURIComponent(name)}`)
    const row = editor.getByRole('row').filter({ hasText: name })
    await expect(row).toBeVisible()
    await expect(row.locator('.bool-cell')).toHaveText('لا')
    await api(editor, 'delete', `/api/sources/${doc.id}`)
    await editor.context().close()
  })

  test('should keep the English admin free of Arabic in its own words', async ({ browser, baseURL }) => {
    const editor = await sessionAs(browser, baseURL!, accounts.editor)
    await editor.context().addCookies([{ name: 'payload-lng', value: 'en', url: baseURL! }])
    const { id } = await openBody(editor, `English editor ${run}`)
    await expect(editor.locator('html')).toHaveAttribute('dir', /^ltr$/i)
    await typeSlowly(editor, '/')
    const menu = editor.getByRole('listbox', { name: 'Commands' })
    await expect(menu.getByRole('option', { name: 'Paragraph', exact: true })).toBeVisible()
    await expect(menu).not.toHaveText(ARABIC_LETTER)
    await editor.keyboard.press('Escape')
    await typeSlowly(editor, 'A first sentence')
    await editor.keyboard.press('Shift+Home')
    await expect(editor.locator('.inline-toolbar-popup').getByRole('button', { name: 'Bold' })).toBeVisible()
    expect((await namesIn(editor.locator('.rich-text-lexical'))).filter((name) => ARABIC_LETTER.test(name))).toEqual([])

    await editor.goto('/admin/collections/sources/create')
    await editor.route('**/api/sources**', (route) => (route.request().method() === 'GET' ? route.continue() : route.abort('internetdisconnected')))
    await editor.locator('#field-name').click()
    await typeSlowly(editor, `Offline source ${run}`)
    await editor.getByRole('button', { name: 'Save', exact: true }).click()
    await expect(editor.locator('[data-sonner-toast]').filter({ hasText: 'The server could not be reached' })).toBeVisible()
    await expect(editor.locator('[data-sonner-toast]')).not.toContainText(ARABIC_LETTER)
    await editor.unrouteAll()
    await api(editor, 'delete', `/api/articles/${id}`)
    await editor.context().close()
  })

  test('should fit a 390 px screen on every page of the desk, the language selector clear of the breadcrumb', async ({ browser, baseURL }) => {
    const editor = await sessionAs(browser, baseURL!, accounts.editor)
    await editor.setViewportSize({ width: 390, height: 844 })
    const article = await idOf(editor, 'articles', 'title', DIOURA_TITLE)
    const { docs: claims } = await api<{ docs: { id: number }[] }>(editor, 'get', '/api/claims?limit=1&depth=0')
    const { docs: sources } = await api<{ docs: { id: number }[] }>(editor, 'get', '/api/sources?limit=1&depth=0')
    const pages = {
      dashboard: '/admin',
      articles: '/admin/collections/articles',
      article: `/admin/collections/articles/${article}`,
      claims: '/admin/collections/claims',
      claim: `/admin/collections/claims/${claims[0].id}`,
      sources: '/admin/collections/sources',
      source: `/admin/collections/sources/${sources[0].id}`,
      account: '/admin/account',
      queue: '/admin/queue',
    }
    for (const [name, path] of Object.entries(pages)) {
      await editor.goto(path)
      const account = editor.locator('.app-header__account')
      await expect(account).toBeInViewport({ ratio: 1 })
      await expect.poll(() => overflowAt(editor), { message: `${name} at 390 px` }).toEqual(expect.objectContaining({ scrollWidth: 390, wide: [] }))
      const language = await editor.locator('.app-header__localizer .popup-button').boundingBox()
      const breadcrumb = await editor.locator('.app-header__step-nav').boundingBox()
      expect(language && breadcrumb && overlap(language, breadcrumb), `${name}: the language selector covers the breadcrumb`).toBe(false)
      // The queue is in the header at every width, clear of the language selector.
      const queue = editor.locator('.queue-header-link')
      await expect(queue).toBeInViewport({ ratio: 1 })
      const queueBox = await queue.boundingBox()
      expect(language && queueBox && overlap(language, queueBox), `${name}: the language selector covers the queue link`).toBe(false)
      await editor.screenshot({ path: `${SCREENSHOT_DIR}/admin-390-${name}-ar.png` })
    }
    await editor.context().close()
  })
})
