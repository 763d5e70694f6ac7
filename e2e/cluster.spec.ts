import path from 'node:path'

import { type Browser, expect, type Page, test } from '@playwright/test'

import { type Cluster, startCluster } from '../scripts/cluster'
import { prepareDatabase } from '../scripts/production-server'
import { logIn, sessionAs, startCorrection, typeSlowly, workflowBox } from './helpers/admin'
import { api, approveArticle } from './helpers/newsroom'
import { readMany } from './helpers/readers'
import { accounts } from './helpers/urls'

// Mirsad on several instances (issue #16), on a cluster of its own started from the run's build: a fresh seeded
// database shared by three app instances (A, B, C), Redis, one jobs worker, and nginx balancing and caching in
// front, as `npm run serve:cluster` runs it. The editor works in instance A's admin; readers come through
// every door; the sign-in limit and the session are one for all instances; an instance dies under load.

const DIR = path.resolve('data/e2e-cluster')
const LOGIN_LIMIT = 10
const JOBS_POLL_SECONDS = 2
const READERS = 1000

const stamp = Date.now().toString(36)
const TITLE = `انقطاع الكهرباء عن أحياء المدينة الشمالية ${stamp}`
const BODY = 'انقطعت الكهرباء عن أربعة أحياء طوال ليلة الثلاثاء.'
const ATTRIBUTION = ' بحسب ما قاله مهندس في شركة الكهرباء لمراسلنا.'
const CORRECTED = 'مهندس في شركة الكهرباء لمراسلنا'
const NOTE = 'نُسبت مدة الانقطاع إلى مهندس في الشركة بعد أن وردت في النسخة الأولى بصيغة الخبر المؤكد.'
const SCHEDULED_TITLE = `موعد فتح المعبر الحدودي أمام المسافرين ${stamp}`

let cluster: Cluster
const instance = (name: 'A' | 'B' | 'C') => cluster.instances['ABC'.indexOf(name)]
const articlePage = (slug: string) => `/ar/articles/${encodeURIComponent(slug)}`

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(240_000)
  // A low sign-in limit for this cluster only; the worker looks for due jobs every two seconds.
  const env = prepareDatabase({ dir: path.join(DIR, 'db'), label: 'e2e cluster', env: { LOGIN_RATE_LIMIT: String(LOGIN_LIMIT), JOBS_POLL_SECONDS: String(JOBS_POLL_SECONDS) } })
  cluster = await startCluster({ env, dir: DIR, instances: 3, label: 'e2e cluster' })
})

test.afterAll(async () => {
  await cluster?.stop()
})

/** An editor's session in one instance's own admin. */
const editorOn = (browser: Browser, name: 'A' | 'B' | 'C') => sessionAs(browser, instance(name).baseURL, accounts.editor)

async function slugOf(editor: Page, id: number) {
  return (await api<{ slug: string }>(editor, 'get', `/api/articles/${id}?depth=0`)).slug
}

/** The first minute of the schedule's time list at least `lead` ms from now: what the editor picks. */
function nextSlot(lead = 30_000) {
  const step = 60_000
  return new Date(Math.ceil((Date.now() + lead) / step) * step)
}

/** The time list's label for `date` ("h:mm aa" in the Arabic admin: ص before noon, م after). */
const slotLabel = (date: Date) => `${date.getHours() % 12 || 12}:${String(date.getMinutes()).padStart(2, '0')} ${date.getHours() < 12 ? 'ص' : 'م'}`

let scheduled: { id: number; at: Date }

test('an editor schedules a publication in instance A’s admin', async ({ browser }) => {
  const editor = await editorOn(browser, 'A')
  // Setup: an approved report, waiting for its time.
  const { id } = await approveArticle(editor, { title: SCHEDULED_TITLE, body: 'يفتح المعبر أبوابه أمام المسافرين صباح الغد.' })
  await editor.goto(`/admin/collections/articles/${id}`)
  await editor.locator('#action-save-popup .popup-button').click()
  await editor.getByRole('button', { name: 'جدول النشر', exact: true }).click()
  const drawer = editor.locator('.schedule-publish')
  await drawer.locator('.schedule-publish__type').getByText('نشر', { exact: true }).click()
  await drawer.locator('.react-datepicker__input-container input').click()
  const at = nextSlot()
  if (at.getMonth() !== new Date().getMonth()) await editor.getByRole('button', { name: 'Next Month' }).click()
  await editor.locator(`.react-datepicker__day--0${String(at.getDate()).padStart(2, '0')}:not(.react-datepicker__day--outside-month)`).click()
  await editor.locator('.react-datepicker__time-list-item', { hasText: new RegExp(`^${slotLabel(at)}$`) }).click()
  await expect(drawer.locator('.react-datepicker__input-container input')).toHaveValue(new RegExp(`${at.getFullYear()} ${slotLabel(at)}$`))
  await drawer.getByRole('button', { name: 'حفظ', exact: true }).click()
  await expect(editor.getByText('تمت الجدولة بنجاح.')).toBeVisible()
  await expect(drawer.locator('.schedule-publish__upcoming tbody tr')).toHaveCount(1)
  scheduled = { id, at }
  console.log(`[cluster] publication scheduled for ${at.toISOString()}`)
  await editor.context().close()
})

test('an editor publishes and corrects a report in instance A’s admin; right after, 1,000 readers over B, A and nginx all get the corrected text', async ({ browser }) => {
  const editor = await editorOn(browser, 'A')
  // Setup: the report, approved and waiting for the editor's click.
  const { id } = await approveArticle(editor, { title: TITLE, body: BODY })

  await editor.goto(`/admin/collections/articles/${id}`)
  await editor.getByRole('button', { name: /^نشر/ }).first().click()
  await expect(workflowBox(editor).locator('[data-stage]')).toHaveText('منشور', { timeout: 30_000 })
  const slug = await slugOf(editor, id)
  const doors = [instance('B').baseURL, instance('A').baseURL, cluster.nginx.url]

  // Readers everywhere already have the first text, from each instance's cache and from nginx's.
  for (const door of doors) {
    await expect
      .poll(async () => {
        const response = await fetch(`${door}${articlePage(slug)}`)
        const text = await response.text()
        const cached = (response.headers.get('x-cache') ?? response.headers.get('x-nextjs-cache'))?.toUpperCase() === 'HIT'
        return response.status === 200 && text.includes(BODY.slice(0, -1)) && cached
      }, { message: `${door} serves the first text from its cache`, timeout: 30_000 })
      .toBe(true)
  }

  // The correction comes later, on the page that published the report.
  await startCorrection(editor, ATTRIBUTION)
  await editor.locator('#field-corrections__0__note').click()
  await typeSlowly(editor, NOTE)
  // The first publication's notice has gone: the one awaited below is the correction's.
  const toasts = editor.locator('.payload-toast-container li')
  await expect(toasts).toHaveCount(0, { timeout: 20_000 })
  await editor.getByRole('button', { name: /^نشر/ }).first().click()
  await expect(toasts.filter({ hasText: 'بنجاح' })).toBeVisible({ timeout: 30_000 })
  await expect(editor.locator('.save-status--failed')).toHaveCount(0)

  const readers = await readMany({
    url: (index) => `${doors[index % doors.length]}${articlePage(slug)}`,
    target: (index) => ['B', 'A', 'nginx'][index % doors.length],
    requests: READERS,
    concurrency: 12,
    check: ({ status, text }) => status === 200 && text.includes(CORRECTED) && text.includes(NOTE),
  })
  const stale = readers.refused + readers.failed
  console.log(`[cluster] right after the correction: ${stale} stale of ${READERS} reader requests ${JSON.stringify(readers.byTarget)}`)
  expect(readers.firstRefused, 'a stale answer').toBeUndefined()
  expect(stale).toBe(0)
  await editor.context().close()
})

test('the sign-in limit counts one address across instances', async () => {
  // One reader's address, as nginx names it to the instances (X-Forwarded-For from a trusted proxy): this spec's
  // own sign-ins come from 127.0.0.1 and are not counted with it.
  const address = `203.0.113.${1 + Math.floor(Math.random() * 250)}`
  const attempt = async (name: 'A' | 'B', index: number) =>
    (
      await fetch(`${instance(name).baseURL}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
        // A different unknown account each time: the account lock (five wrong passwords) never applies.
        body: JSON.stringify({ email: `nobody-${stamp}-${index}@example.org`, password: 'not-the-password' }),
      })
    ).status
  const statuses: string[] = []
  for (let index = 0; index < LOGIN_LIMIT + 2; index++) {
    const name = index % 2 ? 'B' : 'A'
    statuses.push(`${name}:${await attempt(name, index)}`)
  }
  console.log(`[cluster] sign-in attempts from ${address}, limit ${LOGIN_LIMIT}: ${statuses.join(' ')}`)
  // Each instance saw only half of them: refused on both once the address is over the limit.
  expect(statuses.slice(0, LOGIN_LIMIT).filter((status) => status.endsWith(':429'))).toEqual([])
  expect(statuses.slice(LOGIN_LIMIT)).toEqual(['A:429', 'B:429'])
})

test('a session made on instance A works on instance B', async ({ browser }) => {
  const onA = await browser.newContext({ baseURL: instance('A').baseURL, viewport: { width: 1400, height: 1000 } })
  const pageA = await onA.newPage()
  await logIn(pageA, accounts.editor)

  const onB = await browser.newContext({ baseURL: instance('B').baseURL, viewport: { width: 1400, height: 1000 } })
  await onB.addCookies(await onA.cookies())
  const pageB = await onB.newPage()
  await pageB.goto('/admin/account')
  await expect(pageB).not.toHaveURL(/\/admin\/login/)
  await expect(pageB.locator('#field-email')).toHaveValue(accounts.editor)
  await onA.close()
  await onB.close()
})

test('killing instance B during a read load through nginx loses no reader request', async ({ browser }) => {
  const editor = await editorOn(browser, 'A')
  const { docs } = await api<{ docs: { slug: string }[] }>(editor, 'get', '/api/articles?limit=1&depth=0&where[_status][equals]=published')
  await editor.context().close()
  const page = articlePage(docs[0].slug)
  const b = instance('B')
  let killedAt = 0
  const readers = await readMany({
    // A query of its own per request: nginx has none of them cached, so every one reaches an instance.
    url: (index) => `${cluster.nginx.url}${page}?reader=${stamp}-${index}`,
    target: (index) => (killedAt && index >= killedAt ? 'after the kill' : 'before the kill'),
    requests: 1500,
    concurrency: 16,
    check: ({ status }) => status >= 200 && status < 300,
    onAnswer: (answered) => {
      if (answered !== 300) return
      killedAt = answered
      process.kill(-b.pid, 'SIGKILL')
      console.log(`[cluster] instance B (${b.baseURL}) killed after ${answered} answers`)
    },
  })
  console.log(`[cluster] read load through nginx while B died: ${readers.refused} refused, ${readers.failed} failed of ${readers.requests} ${JSON.stringify(readers.byTarget)}`)
  await expect.poll(async () => fetch(`${b.baseURL}/api/articles?limit=1`).then(() => 'answering', () => 'gone')).toBe('gone')
  expect(readers.firstRefused).toBeUndefined()
  expect(readers.refused + readers.failed).toBe(0)
})

test('the scheduled report was published exactly once, at its time, and reached readers', async ({ browser }) => {
  test.setTimeout(Math.max(90_000, scheduled.at.getTime() - Date.now() + 90_000))
  const editor = await editorOn(browser, 'A')
  const { id, at } = scheduled
  type Versions = { totalDocs: number; docs: { createdAt: string }[] }
  const publishedVersions = () => api<Versions>(editor, 'get', `/api/articles/versions?where[parent][equals]=${id}&where[version._status][equals]=published&depth=0&limit=10`)
  await expect.poll(async () => (await publishedVersions()).totalDocs, { timeout: at.getTime() - Date.now() + 60_000, intervals: [1000] }).toBeGreaterThan(0)
  // A second runner taking the same job would publish within a poll or two of the first.
  await new Promise((resolve) => setTimeout(resolve, 3 * JOBS_POLL_SECONDS * 1000))
  const versions = await publishedVersions()
  expect(versions.totalDocs).toBe(1)
  const article = await api<{ slug: string; publishedAt: string; history?: { to: string }[] }>(editor, 'get', `/api/articles/${id}?depth=0`)
  expect(article.history?.filter((move) => move.to === 'published')).toHaveLength(1)
  const publishedAt = new Date(versions.docs[0].createdAt).getTime()
  console.log(`[cluster] scheduled for ${at.toISOString()}, published at ${new Date(publishedAt).toISOString()} (${((publishedAt - at.getTime()) / 1000).toFixed(1)} s after)`)
  expect(publishedAt).toBeGreaterThanOrEqual(at.getTime())
  expect(publishedAt).toBeLessThan(at.getTime() + 30_000)
  for (const door of [cluster.nginx.url, instance('A').baseURL, instance('C').baseURL]) {
    await expect.poll(async () => (await fetch(`${door}/ar`)).text().then((html) => html.includes(SCHEDULED_TITLE)), { message: `${door}/ar lists it`, timeout: 15_000 }).toBe(true)
    expect((await fetch(`${door}${articlePage(article.slug)}`)).status).toBe(200)
  }
  await editor.context().close()
})
