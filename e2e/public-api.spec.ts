import { expect, test } from '@playwright/test'

test.describe('the public API of the running server', () => {
  test('should give anonymous REST readers published articles only, even with draft=true', async ({ request }) => {
    const response = await request.get('/api/articles?draft=true&limit=100&depth=0')
    expect(response.status()).toBe(200)
    const { docs } = (await response.json()) as { docs: { title: string; _status: string }[] }
    expect(docs.length).toBeGreaterThanOrEqual(4)
    expect(docs.every((doc) => doc._status === 'published')).toBe(true)
    expect(docs.some((doc) => doc.title.startsWith('مسودة'))).toBe(false)
  })

  test('should give anonymous GraphQL readers published articles only, even with draft: true', async ({ request }) => {
    const response = await request.post('/api/graphql', {
      data: { query: '{ Articles(draft: true, limit: 100) { docs { title _status } } }' },
    })
    const { data } = (await response.json()) as { data: { Articles: { docs: { title: string; _status: string }[] } } }
    expect(data.Articles.docs.length).toBeGreaterThanOrEqual(4)
    expect(data.Articles.docs.every((doc) => doc._status === 'published')).toBe(true)
  })

  test('should keep the staff list private', async ({ request }) => {
    expect((await request.get('/api/users')).status()).toBe(403)
  })
})
