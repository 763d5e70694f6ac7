import { expect, type Page, test } from '@playwright/test'

import { sessionAs, typeSlowly } from './helpers/admin'
import { accounts, SCREENSHOT_DIR, SEED_PASSWORD } from './helpers/urls'

// A person changes their own password on their account page: a refused change (current password left empty, then
// wrong) leaves nothing behind in the form, and the password saved at last is exactly the one they typed.

const stamp = Date.now().toString(36)
const EMAIL = `pw-story-${stamp}@mirsad.test`
const NEW_PASSWORD = 'a-new-long-password-2026'

const signsIn = async (page: Page, password: string) => (await page.request.post('/api/users/login', { data: { email: EMAIL, password } })).status() === 200

/** Opens the new-password fields and types the new password twice, as a person does. */
async function typeNewPassword(page: Page) {
  await page.locator('#change-password').click()
  await expect(page.locator('#field-password')).toHaveValue('')
  await expect(page.locator('#field-confirm-password')).toHaveValue('')
  await page.locator('#field-password').click()
  await typeSlowly(page, NEW_PASSWORD)
  await page.locator('#field-confirm-password').click()
  await typeSlowly(page, NEW_PASSWORD)
  // Filled fields are not flagged as missing.
  await expect(page.locator('.field-type.password.error, .field-type.confirm-password.error')).toHaveCount(0)
}

async function save(page: Page, id: number) {
  const saved = page.waitForResponse((response) => response.url().includes(`/api/users/${id}`) && response.request().method() === 'PATCH')
  await page.getByRole('button', { name: 'حفظ', exact: true }).click()
  return (await saved).status()
}

test('a person changes their own password after refused tries, and gets exactly the password they typed', async ({ browser, baseURL }) => {
  const admin = await sessionAs(browser, baseURL!, accounts.admin)
  const created = await admin.request.post('/api/users', { data: { email: EMAIL, password: SEED_PASSWORD, name: `مراسلة ${stamp}`, role: 'writer' } })
  expect(created.status(), await created.text()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: number } }
  const person = await sessionAs(browser, baseURL!, EMAIL)
  const current = person.locator('#field-currentPassword')

  await test.step('with the current password left empty, the change is refused and says so on that field', async () => {
    await person.goto(`/admin/collections/users/${doc.id}`)
    await typeNewPassword(person)
    expect(await save(person, doc.id)).toBe(400)
    await expect(person.locator('.field-type.text.error', { has: current })).toContainText('اكتب كلمة مرورك الحالية')
    await person.screenshot({ path: `${SCREENSHOT_DIR}/account-password-empty-ar.png`, fullPage: true })
  })

  await test.step('with a wrong current password, it is refused as wrong, and the form keeps none of it', async () => {
    await typeNewPassword(person)
    await current.click()
    await typeSlowly(person, 'not-my-password')
    expect(await save(person, doc.id)).toBe(400)
    // Shown in the toast, and on the field; under load CI once saw the toast alone (noted for the next session).
    await expect(person.getByText('كلمة المرور الحالية غير صحيحة').first()).toBeVisible()
    await expect(current).toHaveValue('')
  })

  await test.step('with the right current password, the new password is exactly the one typed', async () => {
    await typeNewPassword(person)
    await current.click()
    await typeSlowly(person, SEED_PASSWORD)
    await expect(person.locator('.field-type.text.error', { has: current })).toHaveCount(0)
    expect(await save(person, doc.id)).toBe(200)
    await expect(current).toHaveValue('')
    expect(await signsIn(person, NEW_PASSWORD)).toBe(true)
    expect(await signsIn(person, NEW_PASSWORD + NEW_PASSWORD)).toBe(false)
    expect(await signsIn(person, SEED_PASSWORD)).toBe(false)
  })

  await admin.request.delete(`/api/users/${doc.id}`)
  for (const page of [admin, person]) await page.context().close()
})
