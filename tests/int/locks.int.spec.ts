import config from '@payload-config'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalFromText } from '@/lib/lexical'
import type { User } from '@/payload-types'

import { restRequest } from './helpers/clients'
import { addUser, initTestPayload, type TestPayload, tokenFor } from './helpers/payload'

// Two editors on one article: the lock of the one writing in it survives their autosave, so the other's write is
// refused (423) instead of silently replacing their words. The browser side is in e2e/data-safety.spec.ts.

let t: TestPayload
let first: User
let second: User
const tokens: Record<string, string> = {}

beforeAll(async () => {
  t = await initTestPayload()
  await addUser(t.payload, 'admin@mirsad.test', 'admin')
  first = await addUser(t.payload, 'first@mirsad.test', 'editor')
  second = await addUser(t.payload, 'second@mirsad.test', 'editor')
  for (const user of [first, second]) tokens[user.email] = await tokenFor(t.payload, user.email)
})

afterAll(async () => {
  await t?.cleanup()
})

const patch = (user: User, id: number, query: string, data: Record<string, unknown>) =>
  restRequest(config, 'PATCH', `articles/${id}?${query}`, { headers: { authorization: `JWT ${tokens[user.email]}` }, body: data })

async function holder(id: number) {
  const { docs } = await t.payload.find({ collection: 'payload-locked-documents', where: { 'document.value': { equals: id } }, depth: 0, overrideAccess: true })
  const user = docs[0]?.user?.value
  return typeof user === 'object' ? user?.id : user
}

/** What the admin's edit view does when an editor starts typing: take the lock. */
const takeLock = (user: User, id: number) =>
  t.payload.create({ collection: 'payload-locked-documents', data: { document: { relationTo: 'articles', value: id }, user: { relationTo: 'users', value: user.id } }, overrideAccess: true })

describe('document locks', () => {
  it('should keep the lock of the editor writing through their autosave, and refuse the other editor', async () => {
    const { id } = await t.payload.create({ collection: 'articles', draft: true, data: { title: 'مسودة يحررها اثنان', body: lexicalFromText('نص.') as never }, user: first, overrideAccess: false })
    await takeLock(first, id)

    const autosave = await patch(first, id, 'autosave=true&draft=true&depth=0', { title: 'مسودة يحررها الأول' })
    expect(autosave.status, await autosave.clone().text()).toBe(200)
    expect(await holder(id)).toBe(first.id)

    const other = await patch(second, id, 'draft=true&depth=0', { title: 'مسودة كتبها الثاني' })
    expect(other.status).toBe(423)
    const draft = await t.payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })
    expect(draft.title).toBe('مسودة يحررها الأول')

    // A save from the buttons lets the lock go, as Payload does: the editor is likely done.
    expect((await patch(first, id, 'draft=true&depth=0', { title: 'مسودة حفظها الأول' })).status).toBe(200)
    expect(await holder(id)).toBeUndefined()
  })

  it('should not give a lock to an autosave from someone who does not hold it', async () => {
    const { id } = await t.payload.create({ collection: 'articles', draft: true, data: { title: 'مسودة بلا قفل', body: lexicalFromText('نص.') as never }, user: first, overrideAccess: false })
    expect((await patch(second, id, 'autosave=true&draft=true&depth=0', { title: 'حفظ تلقائي' })).status).toBe(200)
    expect(await holder(id)).toBeUndefined()
  })
})
