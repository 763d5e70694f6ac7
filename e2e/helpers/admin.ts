import { expect, type Page } from '@playwright/test'

import { SEED_PASSWORD } from './urls'

export async function logIn(page: Page, email: string, password = SEED_PASSWORD) {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.getByRole('button', { name: 'تسجيل الدخول' }).click()
  await expect(page).not.toHaveURL(/\/admin\/login/)
}
