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

  test('should not describe its schema to anyone in production, nor run a self-spreading fragment', async ({ request }) => {
    const introspection = await (await request.post('/api/graphql', { data: { query: '{ __schema { types { name } } }' } })).json()
    expect(introspection.data?.__schema).toBeFalsy()
    expect(JSON.stringify(introspection.errors)).toMatch(/introspection/i)
    const cycle = await request.post('/api/graphql', { data: { query: 'query { Articles { docs { ...A } } } fragment A on Article { id ...A }' } })
    expect(cycle.status()).toBe(400)
  })

  test('should keep the staff list private', async ({ request }) => {
    expect((await request.get('/api/users')).status()).toBe(403)
  })
})
