import config from '@payload-config'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { graphqlRequest } from './helpers/clients'
import { addUser, initTestPayload, type TestPayload } from './helpers/payload'

// What a hostile reader sends once the obvious doors are shut (issue #13): documents too big for the GraphQL
// guard, lists without end, forged addresses, markup in staff-entered text. Each goes through the app's own
// routes on a real SQLite file.

let t: TestPayload

beforeAll(async () => {
  t = await initTestPayload()
  await addUser(t.payload, 'admin@mirsad.test', 'admin')
})

afterAll(async () => {
  await t?.cleanup()
})

const bodyOf = async (response: Response) => JSON.stringify(await response.json())

describe('GraphQL documents the guard cannot read', () => {
  const selfSpreading = (padding: string) => `query { Articles { docs { ...A } } } fragment A on Article { ${padding} ...A }`

  it('should refuse a self-spreading fragment hidden past the token limit with a 400, before Payload sees it', async () => {
    const response = await graphqlRequest(config, selfSpreading('id '.repeat(6000)))
    expect(response.status).toBe(400)
    const text = await bodyOf(response)
    expect(text).toContain('Too many tokens')
    expect(text).toMatch(/[\u0600-\u06FF]/)
  })

  it('should refuse a document longer than the guard reads, whatever it holds', async () => {
    const response = await graphqlRequest(config, `{ Articles { docs { id } } }${' '.repeat(200_000)}`)
    expect(response.status).toBe(400)
    expect(await bodyOf(response)).toContain('too long')
  })

  it('should refuse a document that does not parse with a 400 naming where, in both languages', async () => {
    const response = await graphqlRequest(config, '{ Articles { docs { id }')
    expect(response.status).toBe(400)
    const text = await bodyOf(response)
    expect(text).toContain('does not parse')
    expect(text).toContain('لا يمكن قراءة')
  })

  it('should still answer an ordinary query', async () => {
    const response = await graphqlRequest(config, '{ Articles(limit: 5) { docs { id } } }')
    expect(response.status).toBe(200)
  })
})
