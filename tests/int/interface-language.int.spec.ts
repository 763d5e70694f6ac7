import config from '@payload-config'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { restRequest } from './helpers/clients'
import { addUser, initTestPayload, type TestPayload, tokenFor } from './helpers/payload'

// A refusal reads in the admin's language when the request says which (Payload's language cookie), so a toast
// never mixes both scripts; a caller that says nothing gets both, Arabic first.

let t: TestPayload
let writer: User
let token: string
let id: number

beforeAll(async () => {
  t = await initTestPayload()
  await addUser(t.payload, 'admin@mirsad.test', 'admin')
  writer = await addUser(t.payload, 'writer@mirsad.test', 'writer')
  token = await tokenFor(t.payload, writer.email)
  id = (await t.payload.create({ collection: 'articles', draft: true, data: { title: 'مسودة الكاتب' }, user: writer, overrideAccess: false })).id
})

afterAll(async () => {
  await t?.cleanup()
})

/** The writer tries to approve their own draft, which the workflow refuses. */
async function refusalIn(cookie?: string) {
  const headers: Record<string, string> = { authorization: `JWT ${token}`, ...(cookie ? { cookie } : {}) }
  const response = await restRequest(config, 'PATCH', `articles/${id}?draft=true&depth=0`, { headers, body: { stage: 'approved' } })
  expect(response.status).toBe(403)
  return ((await response.json()) as { errors: { message: string }[] }).errors[0].message
}

describe('the language of a refusal', () => {
  it('should be Arabic only for the Arabic admin, English only for the English one, and both for a caller that does not say', async () => {
    const arabic = await refusalIn('payload-lng=ar')
    expect(arabic).toMatch(/لا يمكنك نقل المقال/)
    expect(arabic).not.toMatch(/[A-Za-z]{3,}/)

    const english = await refusalIn('other=1; payload-lng=en')
    expect(english).toMatch(/^you cannot move this article/)
    expect(english).not.toMatch(/[\u0600-\u06FF]/)

    const both = await refusalIn()
    expect(both).toMatch(/لا يمكنك نقل المقال.* \/ you cannot move this article/)
  })
})
