import { expect, type Page, test } from '@playwright/test'

import { lexicalFromText } from '../src/lib/lexical'
import { moveRefused, moveWith, readArticle, sessionAs, typeSlowly } from './helpers/admin'
import { accounts, SCREENSHOT_DIR } from './helpers/urls'

// One report's claims from the writer's text to the reader's page: detected, accepted and marked, flagged by
// hand, given verdicts with evidence, held at the publish gate, published, then corrected in public.

const STAMP = Date.now().toString(36)
const TITLE = `انفجار في مستودع وقود قرب الميناء ${STAMP}`
const HEALTH = 'أعلنت وزارة الصحة أن 12 شخصًا أصيبوا في الانفجار، بينهم اثنان في حال حرجة.'
const WITNESSES = 'وقال شهود عيان إن النيران استمرت ثلاث ساعات قبل السيطرة عليها.'
const COMPANY = 'وتقول الشركة المشغلة إن المستودع خضع للتفتيش قبل شهرين.'
const BODY = `${HEALTH} ${WITNESSES}\n\n${COMPANY}`
const EVIDENCE = 'https://example.org/health-ministry/statement'

type Json = Record<string, unknown>

async function api(page: Page, method: 'get' | 'post' | 'patch', url: string, data?: Json) {
  const response = await page.request[method](url, data ? { data } : undefined)
  expect(response.ok(), `${method} ${url}: ${await response.text()}`).toBe(true)
  return (await response.json()) as Json & { doc: Json & { id: number } }
}

/** Waits for the next save of the article (autosave or a button) and checks it went through. */
function nextSave(page: Page, id: string) {
  return page.waitForResponse((response) => response.url().includes(`/api/articles/${id}`) && response.request().method() === 'PATCH')
}

test('a report’s claims go from detection through verdicts and the publish gate to the reader’s page', async ({ browser, baseURL }) => {
  const writer = await sessionAs(browser, baseURL!, accounts.writer)
  const editor = await sessionAs(browser, baseURL!, accounts.editor)
  const checker = await sessionAs(browser, baseURL!, accounts.checker)

  const created = await api(writer, 'post', '/api/articles?draft=true', { title: TITLE, body: lexicalFromText(BODY) })
  const id = String(created.doc.id)
  await api(writer, 'patch', `/api/articles/${id}?draft=true`, { stage: 'inEdit' })
  await api(editor, 'patch', `/api/articles/${id}?draft=true`, { stage: 'factCheck' })
  const ministry = (await api(checker, 'post', '/api/sources', { name: 'وزارة الصحة', kind: 'government' })).doc
  const company = (await api(checker, 'post', '/api/sources', { name: `الشركة المشغلة للمستودع ${STAMP}`, kind: 'document' })).doc

  let healthClaim = 0
  let companyClaim = 0

  await test.step('the fact-checker runs the detector, accepts a claim and sees it marked in the text', async () => {
    await checker.goto(`/admin/collections/articles/${id}`)
    const detector = checker.getByRole('region', { name: 'اكتشاف الادعاءات' })
    await detector.getByRole('button', { name: 'اكتشاف الادعاءات' }).click()
    const health = detector.locator('.claim-detector__item', { hasText: 'وزارة الصحة' })
    await expect(health).toContainText('12')
    await expect(detector.locator('.claim-detector__item', { hasText: 'شهود عيان' })).toContainText('مصدر غير مسمى')
    await checker.screenshot({ path: `${SCREENSHOT_DIR}/admin-claim-detection-ar.png`, fullPage: true })

    const saved = nextSave(checker, id)
    await health.getByRole('button', { name: 'قبول' }).click()
    await expect(health).toContainText('سُجّل وعُلّم في النص')
    const mark = checker.locator('.rich-text-lexical mark[data-claim]')
    await expect(mark).toHaveText(HEALTH)
    await expect(mark).toHaveAttribute('data-verdict', 'unverified')
    expect((await saved).status()).toBe(200)

    const claims = await api(checker, 'get', `/api/claims?where[article][equals]=${id}&depth=1`)
    const [claim] = claims.docs as { id: number; claimant: { name: string }; verdict: string }[]
    expect(claim).toMatchObject({ claimant: { name: ministry.name }, verdict: 'unverified' })
    healthClaim = claim.id
  })

  await test.step('the fact-checker flags a sentence of their own choosing as a claim', async () => {
    const paragraph = checker.locator('.rich-text-lexical [contenteditable="true"] p', { hasText: 'الشركة المشغلة' })
    await paragraph.click({ clickCount: 3 })
    const saved = nextSave(checker, id)
    await checker.getByRole('button', { name: 'تعليم كادعاء' }).click()
    await expect(checker.locator('.rich-text-lexical mark[data-claim]')).toHaveCount(2)
    expect((await saved).status()).toBe(200)
    const claims = await api(checker, 'get', `/api/claims?where[article][equals]=${id}&where[id][not_equals]=${healthClaim}&depth=0`)
    const [claim] = claims.docs as { id: number; text: string }[]
    expect(claim.text).toBe(COMPANY)
    companyClaim = claim.id
    await checker.screenshot({ path: `${SCREENSHOT_DIR}/admin-claim-marks-ar.png`, fullPage: true })
  })

  await test.step('the fact-checker cannot change the words, only mark them', async () => {
    const body = checker.locator('.rich-text-lexical [contenteditable="true"]').first()
    const first = body.locator('p', { hasText: 'شهود عيان' })
    const box = (await first.boundingBox())!
    // The far end of the first paragraph's last line (the witnesses' sentence, not marked).
    await first.click({ position: { x: 3, y: box.height - 4 } })
    await checker.keyboard.press('End')
    await typeSlowly(checker, ' كلمة زائدة')
    await checker.keyboard.press('Backspace')
    await checker.keyboard.press('Enter')
    await expect(body).not.toContainText('كلمة زائدة')
    await expect(body).toContainText(WITNESSES)
    await expect(body.locator('p')).toHaveCount(2)
  })

  await test.step('the fact-checker opens the health claim from its mark and gives it a verdict with evidence, beside the text', async () => {
    await checker.goto(`/admin/collections/articles/${id}`)
    await checker.locator(`.rich-text-lexical mark[data-claim="${healthClaim}"]`).click()
    const drawer = checker.locator('.drawer').filter({ has: checker.locator('#field-verdict') })
    await expect(drawer.locator('#field-text')).toHaveValue(HEALTH)
    await drawer.locator('#field-verdict').click()
    await checker.locator('.rs__option', { hasText: 'منسوب لقائله' }).click()
    await drawer.locator('#field-rationale').click()
    await typeSlowly(checker, 'رقم رسمي لم نتمكن من مطابقته مع سجلات المستشفيات بعد.')
    await drawer.getByRole('button', { name: 'أضف دليل' }).click()
    await drawer.locator('#field-evidence__0__url').click()
    await typeSlowly(checker, EVIDENCE, 10)
    await drawer.locator('#field-evidence__0__description').click()
    await typeSlowly(checker, 'بيان الوزارة على موقعها')
    // A second row, added and left empty, is dropped on save and never reaches readers.
    await drawer.getByRole('button', { name: 'أضف دليل' }).click()
    await expect(drawer.locator('#field-evidence__1__url')).toBeVisible()
    const saved = checker.waitForResponse((response) => response.url().includes(`/api/claims/${healthClaim}`) && response.request().method() === 'PATCH')
    await drawer.getByRole('button', { name: 'حفظ', exact: true }).click()
    expect((await saved).status()).toBe(200)
    await checker.screenshot({ path: `${SCREENSHOT_DIR}/admin-claim-verdict-ar.png`, fullPage: true })
    const claim = (await api(checker, 'get', `/api/claims/${healthClaim}?depth=0`)) as unknown as { verdict: string; checkedBy: number; evidence: { url: string }[] }
    expect(claim).toMatchObject({ verdict: 'attributed', evidence: [expect.objectContaining({ url: EVIDENCE })] })
    expect(claim.evidence).toHaveLength(1)
  })

  await test.step('approval is refused while the flagged claim has no verdict and a proposal is open, then goes through', async () => {
    await checker.goto(`/admin/collections/articles/${id}`)
    await expect(checker.locator(`.rich-text-lexical mark[data-claim="${healthClaim}"]`)).toHaveAttribute('data-verdict', 'attributed')
    await expect(checker.getByRole('region', { name: 'سير العمل' })).toContainText('الادعاءات: 2، لم يُحسم منها: 1')
    const refused = await moveRefused(checker, 'اعتماد للنشر', 'لا يُعتمد المقال قبل معالجة كل ادعاء')
    await expect(refused.dialog.getByRole('alert')).toContainText(COMPANY)
    await expect(refused.dialog.getByRole('alert')).not.toContainText(HEALTH)
    await checker.screenshot({ path: `${SCREENSHOT_DIR}/admin-approval-gate-ar.png` })
    await refused.close()
    expect((await readArticle(checker, id)).stage).toBe('factCheck')

    // The company's statement: attributed to the company, as a statement.
    await checker.goto(`/admin/collections/claims/${companyClaim}`)
    await checker.locator('#field-verdict').click()
    await checker.locator('.rs__option', { hasText: 'منسوب لقائله' }).click()
    await checker.locator('#field-claimant').click()
    await typeSlowly(checker, 'الشركة')
    await checker.locator('.rs__option', { hasText: company.name as string }).first().click()
    const saved = checker.waitForResponse((response) => response.url().includes(`/api/claims/${companyClaim}`) && response.request().method() === 'PATCH')
    await checker.getByRole('button', { name: 'حفظ' }).click()
    expect((await saved).status()).toBe(200)

    // The witnesses' account stays in the text as colour, not as a claim to record: dismissed.
    await checker.goto(`/admin/collections/articles/${id}`)
    const detector = checker.getByRole('region', { name: 'اكتشاف الادعاءات' })
    await detector.getByRole('button', { name: 'اكتشاف الادعاءات' }).click()
    const witnesses = detector.locator('.claim-detector__item', { hasText: 'شهود عيان' })
    await witnesses.getByRole('button', { name: 'استبعاد' }).click()
    await expect(witnesses).toHaveCount(0)
    await moveWith(checker, 'اعتماد للنشر', { expectStage: 'معتمد للنشر' })
  })

  await test.step('the editor publishes', async () => {
    await editor.goto(`/admin/collections/articles/${id}`)
    await editor.getByRole('button', { name: /^نشر/ }).first().click()
    await expect.poll(async () => (await readArticle(editor, id))._status).toBe('published')
  })

  await test.step('the fact-checker re-checks a claim of the published article in its drawer and tells readers what changed', async () => {
    // As when the editor rewords a marked passage: the claim is flagged for a new check.
    await api(checker, 'patch', `/api/claims/${healthClaim}`, { needsRecheck: true })
    await checker.goto(`/admin/collections/articles/${id}`)
    await checker.locator(`.rich-text-lexical mark[data-claim="${healthClaim}"]`).click()
    const drawer = checker.locator('.drawer').filter({ has: checker.locator('#field-verdict') })
    await expect(drawer.locator('#field-text')).toHaveValue(HEALTH)
    await drawer.locator('#field-rationale').click()
    await checker.keyboard.press('End')
    await typeSlowly(checker, ' وأكدت المستشفيات العدد لاحقًا.')
    await drawer.getByText('تغيّر المقطع بعد التحقق: أعد التحقق').click()
    const refused = checker.waitForResponse((response) => response.url().includes(`/api/claims/${healthClaim}`) && response.request().method() === 'PATCH')
    await drawer.getByRole('button', { name: 'حفظ', exact: true }).click()
    expect((await refused).status()).toBe(400)
    await expect(checker.getByText('اكتب في «ملاحظة للقراء» ما الذي تغيّر').first()).toBeVisible()
    // The person scrolls down to the note the refusal asks for: its inputs are there, in the drawer too.
    await drawer.getByRole('heading', { name: 'ملاحظة للقراء' }).scrollIntoViewIfNeeded()
    const note = drawer.locator('#field-publicNote__note')
    await expect(note).toBeVisible()
    await note.click()
    await typeSlowly(checker, 'أكدت المستشفيات عدد المصابين الذي أعلنته الوزارة.')
    const saved = checker.waitForResponse((response) => response.url().includes(`/api/claims/${healthClaim}`) && response.request().method() === 'PATCH')
    await drawer.getByRole('button', { name: 'حفظ', exact: true }).click()
    expect((await saved).status()).toBe(200)
    const claim = (await api(checker, 'get', `/api/claims/${healthClaim}?depth=0`)) as unknown as { needsRecheck: boolean; log: { note: string }[] }
    expect(claim.needsRecheck).toBe(false)
    expect(claim.log.map((entry) => entry.note)).toContain('أكدت المستشفيات عدد المصابين الذي أعلنته الوزارة.')
  })

  await test.step('readers see each claim’s verdict in the text, reach the panel by keyboard, and read the log', async () => {
    const { slug } = (await readArticle(editor, id)) as unknown as { slug: string }
    await api(checker, 'patch', `/api/claims/${companyClaim}`, {
      verdict: 'disputed',
      rationale: 'سجل التفتيش البلدي يذكر زيارة قبل ثمانية أشهر لا قبل شهرين.',
      publicNote: { kind: 'update', note: 'صار الحكم على رواية الشركة «متنازع عليه» بعد الاطلاع على سجل التفتيش.' },
    })

    const reader = await browser.newContext({ baseURL })
    const page = await reader.newPage()
    await page.goto(`/ar/articles/${encodeURIComponent(slug)}`)
    const badges = page.locator('.article__body .claim-badge')
    await expect(badges).toHaveCount(2)
    await expect(badges.first()).toContainText('منسوب لقائله')
    await expect(badges.nth(1)).toContainText('متنازع عليه')

    await badges.first().focus()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(new RegExp(`#claim-${healthClaim}$`))
    const entry = page.locator(`#claim-${healthClaim}`)
    await expect(entry).toBeInViewport()
    await expect(entry).toContainText('وزارة الصحة')
    await expect(entry.getByRole('link', { name: 'بيان الوزارة على موقعها' })).toHaveAttribute('href', EVIDENCE)
    await expect(entry.locator('.claim__evidence li')).toHaveCount(1)
    // The ministry is no party to the conflict; the company's statement carries no figure.
    await expect(page.locator('.claim__party')).toHaveCount(0)

    const log = page.getByRole('region', { name: 'التصحيحات والتحديثات' })
    await expect(log).toContainText('بعد الاطلاع على سجل التفتيش')
    await expect(log).toContainText(COMPANY)

    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as { '@graph': Json[] }
    expect(jsonLd['@graph'].filter((node) => node['@type'] === 'ClaimReview')).toHaveLength(2)
    expect(jsonLd['@graph'][0]).toMatchObject({ '@type': 'NewsArticle', correction: expect.arrayContaining([expect.objectContaining({ '@type': 'CorrectionComment' })]) })
    await page.screenshot({ path: `${SCREENSHOT_DIR}/article-claims-reader-ar.png`, fullPage: true })
    await reader.close()
  })

  for (const page of [writer, editor, checker]) await page.context().close()
})
