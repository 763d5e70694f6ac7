import { type APIRequestContext, type Browser, expect, type Page, type Request, type Response, test } from '@playwright/test'

import { lexicalFromText, textFromLexical } from '../src/lib/lexical'
import { sessionAs } from './helpers/admin'
import { api } from './helpers/newsroom'
import { accounts, SCREENSHOT_DIR, SEED_PASSWORD } from './helpers/urls'

// Two promises about an editor's words: a colleague opening the same article cannot silently overwrite them, and
// autosave never loses what is being typed.

const stamp = () => Date.now().toString(36)

type Draft = { title: string; body: unknown }

// What a test leaves behind, undone after it even when it fails: pages first, so that no open editor writes to an
// article being deleted, then the records, through each session's request context (it outlives the page).
const leftovers = { pages: [] as Page[], records: [] as { request: APIRequestContext; path: string }[] }
test.afterEach(async () => {
  for (const page of leftovers.pages) await page.close()
  for (const { request, path } of leftovers.records.splice(0).reverse()) {
    const response = await request.delete(path)
    expect(response.ok(), `delete ${path}: ${await response.text()}`).toBe(true)
  }
  for (const page of leftovers.pages.splice(0)) await page.context().close()
})

async function session(browser: Browser, baseURL: string, email: string) {
  const page = await sessionAs(browser, baseURL, email)
  leftovers.pages.push(page)
  return page
}

const isAutosave = (id: number) => (message: Request | Response) => {
  const request = 'request' in message ? message.request() : message
  const url = new URL(request.url())
  return request.method() === 'PATCH' && url.pathname === `/api/articles/${id}` && url.searchParams.get('autosave') === 'true'
}

/** The latest draft as the API stores it. */
const savedDraft = (page: Page, id: number) => api<Draft>(page, 'get', `/api/articles/${id}?draft=true&depth=0`)

/** Who holds the article's lock right now (Payload's payload-locked-documents), or null. */
async function lockHolder(admin: Page, id: number): Promise<number | null> {
  const { docs } = await api<{ docs: { user?: { value?: number } }[] }>(
    admin,
    'get',
    `/api/payload-locked-documents?where[document.relationTo][equals]=articles&where[document.value][equals]=${id}&depth=0`,
  )
  return docs[0]?.user?.value ?? null
}

/** A draft created through `author`'s session, deleted after the test through `remover`'s (even if someone holds it). */
async function draftBy(author: Page, remover: Page, fields: { title: string; body: string }) {
  const { doc } = await api<{ doc: { id: number } }>(author, 'post', '/api/articles?draft=true', { title: fields.title, body: lexicalFromText(fields.body) })
  leftovers.records.push({ request: remover.context().request, path: `/api/articles/${doc.id}?overrideLock=true` })
  return doc.id
}

/**
 * Types one character every 500 ms until `stop()` holds: someone writing steadily, pausing long enough for the
 * admin to take and refresh the lock (250 ms) but never the 1.5 s autosave waits for. Returns what it typed.
 */
async function keepWriting(page: Page, text: string, stop: () => boolean) {
  let typed = ''
  for (let index = 0; !stop(); index++) {
    const character = text[index % text.length]
    // Half a second before each key, by Playwright's own typing delay rather than a wait on the clock.
    await page.keyboard.type(character, { delay: 500 })
    typed += character
  }
  return typed
}

test.describe('two editors on one article', () => {
  const TITLE = 'انقطاع الكهرباء عن أحياء في جنوب المدينة'
  const BODY = 'قالت شركة الكهرباء إن العطل أصاب محطة التحويل الرئيسية صباح الأحد.'
  const FIRST_WORDS = ' — تحديث من الميدان'
  const SECOND_TITLE = 'عودة الكهرباء إلى أحياء الجنوب بعد عطل دام ست ساعات'

  async function twoEditors(browser: Browser, baseURL: string) {
    const admin = await session(browser, baseURL, accounts.admin)
    const email = `second-editor-locks-${stamp()}@mirsad.local`
    const { doc: account } = await api<{ doc: { id: number } }>(admin, 'post', '/api/users', {
      name: 'محررة ثانية لاختبار الأقفال',
      email,
      password: SEED_PASSWORD,
      role: 'editor',
    })
    leftovers.records.push({ request: admin.context().request, path: `/api/users/${account.id}` })
    const first = await session(browser, baseURL, accounts.editor)
    const second = await session(browser, baseURL, email)
    const { user } = await api<{ user: { id: number } }>(first, 'get', '/api/users/me')
    const id = await draftBy(first, admin, { title: `${TITLE} ${stamp()}`, body: BODY })
    const { title } = await savedDraft(first, id)
    return { admin, first, firstId: user.id, second, secondId: account.id, id, title }
  }

  test('should show the second editor who holds the article, refuse their write, and refuse the first editor’s save after a take-over', async ({
    browser,
    baseURL,
  }) => {
    const { admin, first, firstId, second, secondId, id, title } = await twoEditors(browser, baseURL!)
    const firstAutosaves: { status: number; sent: string }[] = []
    first.on('response', (response) => {
      if (isAutosave(id)(response)) firstAutosaves.push({ status: response.status(), sent: response.request().postData() ?? '' })
    })
    const lockedDialog = second.getByRole('dialog', { name: 'document-locked' })
    const takenOverDialog = first.getByRole('dialog', { name: 'document-take-over' })

    await first.goto(`/admin/collections/articles/${id}`)
    await expect(first.locator('html')).toHaveAttribute('dir', /^rtl$/i)
    await first.locator('#field-title').click()
    await first.keyboard.press('End')
    let firstStops = false
    const firstWriting = keepWriting(first, FIRST_WORDS, () => firstStops)

    try {
      await test.step('the first editor writes in the headline and holds the article', async () => {
        await expect.poll(() => lockHolder(admin, id)).toBe(firstId)
      })

      await test.step('the second editor opens it and is told, in Arabic, who is editing it', async () => {
        await second.goto(`/admin/collections/articles/${id}`)
        await expect(second.locator('html')).toHaveAttribute('dir', /^rtl$/i)
        await expect(lockedDialog.getByRole('heading', { name: 'تم قفل المستند' })).toBeVisible()
        // Payload names the holder by their email, not by our `name` field.
        await expect(lockedDialog).toContainText(`${accounts.editor} يقوم حاليًا بتحرير هذا المستند`)
        await expect(lockedDialog.getByRole('button', { name: 'تولي' })).toBeVisible()
        await second.screenshot({ path: `${SCREENSHOT_DIR}/admin-document-locked-ar.png` })
      })

      await test.step('a write from the second editor through the API, without overrideLock, is refused', async () => {
        const write = await second.request.patch(`/api/articles/${id}?draft=true`, { data: { title: SECOND_TITLE } })
        expect(write.status(), await write.text()).toBe(423)
        expect(await write.json()).toEqual({ errors: [{ message: `Document with ID ${id} is currently locked by another user and cannot be updated.` }] })
        expect((await savedDraft(admin, id)).title).toBe(title)
        expect(await lockHolder(admin, id)).toBe(firstId)
      })

      await test.step('the second editor takes over: the first is told at their next keystroke', async () => {
        await lockedDialog.getByRole('button', { name: 'تولي' }).click()
        await expect(lockedDialog).toBeHidden()
        await expect.poll(() => lockHolder(admin, id)).toBe(secondId)
        await expect(takenOverDialog.getByRole('heading', { name: 'تم الاستيلاء على التحرير' })).toBeVisible()
        await expect(takenOverDialog).toContainText('قام مستخدم آخر بالاستيلاء على تحرير هذا المستند.')
      })
    } finally {
      firstStops = true
    }
    const typedByFirst = await firstWriting

    await test.step('nothing the first editor typed reaches the article: their save is refused, then they read only', async () => {
      await first.screenshot({ path: `${SCREENSHOT_DIR}/admin-document-taken-over-ar.png`, animations: 'disabled' })
      // Keys pressed once the dialog is up go to the dialog: the field holds what was typed before it.
      const firstHeadline = await first.locator('#field-title').inputValue()
      expect(`${title}${typedByFirst}`.startsWith(firstHeadline)).toBe(true)
      expect(firstHeadline.length).toBeGreaterThan(title.length)
      const write = await first.request.patch(`/api/articles/${id}?draft=true`, { data: { title: firstHeadline } })
      expect(write.status(), await write.text()).toBe(423)

      // Read-only, the first editor's form sends nothing more; an autosave it had pending went out before, refused.
      await takenOverDialog.getByRole('button', { name: 'عرض للقراءة فقط' }).click()
      await expect(first.locator('#field-title')).toBeDisabled()
      for (const autosave of firstAutosaves) {
        expect(autosave.status).toBe(423)
        expect(autosave.sent).toContain(`"title":${JSON.stringify(firstHeadline)}`)
      }
      expect((await savedDraft(admin, id)).title).toBe(title)
    })

    await test.step('the second editor rewrites the headline, and that is what the article keeps', async () => {
      const headline = second.locator('#field-title')
      await expect(headline).toBeEditable()
      const saved = second.waitForResponse(isAutosave(id))
      await headline.fill(SECOND_TITLE)
      expect((await saved).status()).toBe(200)
      const draft = await savedDraft(admin, id)
      expect(draft.title).toBe(SECOND_TITLE)
      expect(textFromLexical(draft.body)).toBe(BODY)
      expect(firstAutosaves.every(({ status }) => status === 423)).toBe(true)
    })
  })

  test('should refuse the first editor’s autosave once the second has saved the article since, and keep the second’s words', async ({ browser, baseURL }) => {
    // Payload lets the lock go on every save, autosave included, and takes it again only at the next change
    // (upstream: payloadcms/payload#11604, #14477): after a pause the article is open to a colleague. What
    // protects the first editor's colleague then is src/collections/Articles/hooks/refuseStaleSaves.ts.
    const { admin, first, second, secondId, id, title } = await twoEditors(browser, baseURL!)

    await first.goto(`/admin/collections/articles/${id}`)
    await first.locator('#field-title').click()
    await first.keyboard.press('End')
    const saved = first.waitForResponse(isAutosave(id))
    await first.keyboard.type(FIRST_WORDS)
    expect((await saved).status()).toBe(200)
    expect((await savedDraft(admin, id)).title).toBe(`${title}${FIRST_WORDS}`)

    // The first editor pauses; the second opens the article, sees the first editor's words, and rewrites the headline.
    await second.goto(`/admin/collections/articles/${id}`)
    const headline = second.locator('#field-title')
    await expect(headline).toHaveValue(`${title}${FIRST_WORDS}`)
    const theirs = second.waitForResponse(isAutosave(id))
    await headline.fill(SECOND_TITLE)
    expect((await theirs).status()).toBe(200)

    // The first editor, still on the older version, types on: the autosave is refused and says why.
    await second.close()
    const mine = first.waitForResponse(isAutosave(id))
    await first.locator('#field-title').click()
    await first.keyboard.press('End')
    await first.keyboard.type(' — إضافة')
    const refused = await mine
    expect(refused.status()).toBe(409)
    expect(await refused.text()).toContain('أعد تحميل الصفحة')
    await expect(first.getByText(/أعد تحميل الصفحة لترى نسخته/).first()).toBeVisible()
    await first.screenshot({ path: `${SCREENSHOT_DIR}/admin-stale-save-refused-ar.png`, animations: 'disabled' })
    const draft = await api<Draft & { savedBy?: number }>(admin, 'get', `/api/articles/${id}?draft=true&depth=0`)
    expect(draft.title).toBe(SECOND_TITLE)
    expect(draft.savedBy).toBe(secondId)
  })
})

test.describe('typing while autosave runs', () => {
  // Autosave leaves 1.5 s after the last change (a debounce, not a clock): each phrase ends in a pause that sends one,
  // and typing resumes the moment it leaves, so its answer and the form state that follows land mid-phrase.
  const rounds = [
    {
      where: 'the body',
      field: 'body',
      opening: 'هذه فقرة أولى كتبت قبل فتح المحرر.',
      phrases: [
        ' قال مراسلنا في المدينة إن 12 شخصًا أصيبوا، بينهم اثنان في حال حرجة؛',
        ' وأضاف أن النيران استمرت ٣ ساعات قبل أن «تسيطر» عليها فرق الدفاع المدني.',
        ' ولم تعلن أي جهة مسؤوليتها حتى الساعة 18:30 من مساء الأحد!',
        ' فهل تعود الكهرباء قبل الليل؟ لا أحد يعرف بعد...',
      ],
    },
    {
      where: 'the body, a second time',
      field: 'body',
      opening: 'تقرير عن الأسعار في السوق الأسبوعي.',
      phrases: [
        ' ارتفع سعر كيس الدقيق (50 كغ) من 15000 إلى 18500 فرنك، أي بنسبة 23٪ تقريبًا.',
        ' ويقول التجار: «لم نرَ ارتفاعًا كهذا منذ 2012»، وهم ينتظرون قافلة من الشمال.',
        ' أما الأرز والسكر والزيت فبقيت أسعارها على حالها — حتى الآن.',
        ' سنتابع الأسعار يوم الإثنين 2025/6/2 ونعود إليكم بالأرقام.',
      ],
    },
    {
      where: 'the headline',
      field: 'title',
      opening: 'عاجل:',
      phrases: [
        ' 3 قتلى و17 جريحًا في انفجار هزّ الحي،',
        ' قرب الميناء القديم عند الساعة 6:15؛',
        ' والشرطة تطوّق «المنطقة» وتمنع الاقتراب،',
        ' والدفاع المدني يطلب المتبرعين بالدم!',
      ],
    },
  ] as const

  for (const round of rounds) {
    test(`should keep every character typed into ${round.where} while autosave runs`, async ({ browser, baseURL }) => {
      const editor = await session(browser, baseURL!, accounts.editor)
      const inTitle = round.field === 'title'
      const id = await draftBy(editor, editor, {
        title: inTitle ? round.opening : `تجربة الحفظ التلقائي ${stamp()}`,
        body: inTitle ? 'نص قصير لا يتغير.' : round.opening,
      })
      const before = await savedDraft(editor, id)

      await editor.goto(`/admin/collections/articles/${id}`)
      const field = inTitle ? editor.locator('#field-title') : editor.locator('.rich-text-lexical [contenteditable="true"]').first()
      await field.click()
      await editor.keyboard.press(inTitle ? 'End' : 'ControlOrMeta+End')

      const answers: { at: number; status: number }[] = []
      editor.on('response', (response) => {
        if (isAutosave(id)(response)) answers.push({ at: Date.now(), status: response.status() })
      })
      const shown = () => (inTitle ? field.inputValue() : field.textContent())
      const typing: { from: number; to: number }[] = []
      let last: Request | undefined
      let typedSoFar = ''
      for (const phrase of round.phrases) {
        const leaves = editor.waitForRequest(isAutosave(id))
        const from = Date.now()
        await editor.keyboard.type(phrase, { delay: 40 })
        typing.push({ from, to: Date.now() })
        typedSoFar += phrase
        // Whatever answer landed during this phrase, nothing typed before it or since is gone.
        expect(await shown()).toBe(`${round.opening}${typedSoFar}`)
        last = await leaves
      }
      const lastAnswer = await last!.response()
      expect(lastAnswer?.status()).toBe(200)

      const typed = round.phrases.join('')
      const expected = `${round.opening}${typed}`
      const whileTyping = answers.filter(({ at }) => typing.some(({ from, to }) => at > from && at < to))
      expect(whileTyping.length, `autosave answers that arrived while keys were typed: ${JSON.stringify({ answers, typing })}`).toBeGreaterThanOrEqual(2)
      expect(answers.map(({ status }) => status)).toEqual(answers.map(() => 200))

      const saved = await savedDraft(editor, id)
      if (inTitle) {
        expect(saved.title).toBe(expected)
        expect(saved.body).toEqual(before.body)
      } else {
        expect(textFromLexical(saved.body)).toBe(expected)
        expect(saved.title).toBe(before.title)
      }
      // What the editor shows after the last answer and the form state that follows it: every character, in order.
      expect(await shown()).toBe(expected)
    })
  }
})
