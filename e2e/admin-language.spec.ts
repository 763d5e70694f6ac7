import { expect, test } from '@playwright/test'

import { logIn } from './helpers/admin'
import { accounts, SCREENSHOT_DIR } from './helpers/urls'

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
})
