import { expect, test } from '@playwright/test'

import { sessionAs } from './helpers/admin'
import { accounts, SCREENSHOT_DIR } from './helpers/urls'

test('a fact-checker runs the claim detector on a draft and records a claim', async ({ browser, baseURL }) => {
  const checker = await sessionAs(browser, baseURL!, accounts.checker)
  const list = await checker.request.get('/api/articles?where[stage][equals]=factCheck&draft=true&depth=0&limit=1')
  const { docs } = (await list.json()) as { docs: { id: number; title: string }[] }
  expect(docs.length).toBe(1)
  const { id } = docs[0]

  await checker.goto(`/admin/collections/articles/${id}`)
  await checker.getByRole('button', { name: 'التحقق', exact: true }).click()
  const detector = checker.getByRole('region', { name: 'اكتشاف الادعاءات' })
  await detector.getByRole('button', { name: 'اكتشاف الادعاءات' }).click()
  const first = detector.locator('.claim-detector__item').first()
  await expect(first).toContainText('مراقبون')
  await expect(first).toContainText('مصدر غير مسمى')
  await checker.screenshot({ path: `${SCREENSHOT_DIR}/admin-claim-detection-ar.png`, fullPage: true })

  await first.getByRole('button', { name: 'قبول' }).click()
  await expect(first).toContainText('سُجّل')
  const claims = await checker.request.get(`/api/claims?where[article][equals]=${id}&depth=0`)
  const recorded = (await claims.json()) as { docs: { text: string; verdict: string; named: boolean }[] }
  expect(recorded.docs).toEqual([expect.objectContaining({ verdict: 'unverified', named: false, text: expect.stringContaining('مراقبون') })])
  await checker.context().close()
})
