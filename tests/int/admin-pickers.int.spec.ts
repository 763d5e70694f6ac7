import config from '@payload-config'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sweepEmptyDrafts } from '@/collections/Articles/sweepEmptyDrafts'
import type { User } from '@/payload-types'

import { restRequest } from './helpers/clients'
import { addUser, initTestPayload, type TestPayload, tokenFor } from './helpers/payload'

// What the admin's pickers and defaults do for a person: places and sources found by any of their names, and a
// new article's byline set to the person who opened it.

let t: TestPayload
let writer: User
let token: string

beforeAll(async () => {
  t = await initTestPayload()
  await addUser(t.payload, 'admin@mirsad.test', 'admin')
  writer = await addUser(t.payload, 'writer@mirsad.test', 'writer')
  token = await tokenFor(t.payload, (await addUser(t.payload, 'editor@mirsad.test', 'editor')).email)
  await t.payload.create({ collection: 'places', data: { name: 'جورا', nameFr: 'Dioura', aliases: [{ alias: 'Diora' }, { alias: 'ديورا' }] } })
  await t.payload.create({ collection: 'places', data: { name: 'كيدال', nameFr: 'Kidal' } })
  await t.payload.create({ collection: 'sources', data: { name: 'جماعة نصرة الإسلام والمسلمين', kind: 'armedGroup', aliases: [{ alias: 'JNIM' }] } })
})

afterAll(async () => {
  await t?.cleanup()
})

/** The search a relationship picker sends: its title field, `like` what was typed. */
async function pick(collection: string, typed: string) {
  const response = await restRequest(config, 'GET', `${collection}?where[name][like]=${encodeURIComponent(typed)}&depth=0&locale=ar`, { headers: { authorization: `JWT ${token}` } })
  expect(response.status).toBe(200)
  return ((await response.json()) as { docs: { name: string }[] }).docs.map((doc) => doc.name)
}

describe('pickers', () => {
  it('should find a place by its French name, an alias or another spelling, and not find others', async () => {
    for (const typed of ['جورا', 'Dioura', 'diora', 'ديورا']) expect(await pick('places', typed), typed).toEqual(['جورا'])
    expect(await pick('places', 'Kid')).toEqual(['كيدال'])
  })

  it('should find a source by its alias', async () => {
    expect(await pick('sources', 'JNIM')).toEqual(['جماعة نصرة الإسلام والمسلمين'])
    expect(await pick('sources', 'نصرة')).toEqual(['جماعة نصرة الإسلام والمسلمين'])
  })
})

describe('a new article', () => {
  it('should be cleared away when nobody wrote a word in it, and kept otherwise', async () => {
    const as = { user: writer, overrideAccess: false, draft: true } as const
    const empty = await t.payload.create({ collection: 'articles', data: {}, ...as })
    const titled = await t.payload.create({ collection: 'articles', data: { title: 'عنوان فقط' }, ...as })
    const moved = await t.payload.create({ collection: 'articles', data: {}, ...as })
    await t.payload.update({ collection: 'articles', id: moved.id, data: { stage: 'inEdit' }, ...as })
    // Too young to be swept: someone may be about to type.
    expect(await sweepEmptyDrafts(t.payload)).toBe(0)
    expect(await sweepEmptyDrafts(t.payload, Date.now() + 2 * 60 * 60 * 1000)).toBe(1)
    const left = await t.payload.find({ collection: 'articles', draft: true, depth: 0, where: { id: { in: [empty.id, titled.id, moved.id] } } })
    expect(left.docs.map((doc) => doc.id).sort()).toEqual([titled.id, moved.id].sort())
  })

  it('should carry the byline of the person who created it', async () => {
    const article = await t.payload.create({ collection: 'articles', draft: true, depth: 0, data: { title: 'مسودة بتوقيع كاتبها' }, user: writer, overrideAccess: false })
    expect(article.authors).toEqual([writer.id])
  })
})
