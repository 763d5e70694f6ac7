import config from '@payload-config'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalFromText } from '@/lib/lexical'
import type { User } from '@/payload-types'

import { restRequest } from './helpers/clients'
import { addUser, initTestPayload, type TestPayload, tokenFor } from './helpers/payload'

// Two people on one article: a save from a form older than a version someone else saved since is refused (409),
// whatever the lock says, so nobody's words are silently replaced. One person's own saves are never refused.

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

/** An autosave as the admin sends it: the whole form, with the `updatedAt` of the version it shows. */
async function autosave(user: User, id: number, data: Record<string, unknown>) {
  const response = await restRequest(config, 'PATCH', `articles/${id}?autosave=true&draft=true&depth=0&locale=ar`, { headers: { authorization: `JWT ${tokens[user.email]}` }, body: data })
  return { status: response.status, body: (await response.json()) as { doc?: { updatedAt: string; savedBy?: number }; errors?: { message: string }[] } }
}

const latest = (id: number) => t.payload.findByID({ collection: 'articles', id, draft: true, depth: 0, locale: 'ar' })

describe('saves from an outdated form', () => {
  it('should refuse the first editor’s autosave once the second has saved, saying who and what to do', async () => {
    const article = await t.payload.create({ collection: 'articles', draft: true, locale: 'ar', data: { title: 'خبر يحرره اثنان', body: lexicalFromText('نص أول.') as never }, user: first, overrideAccess: false })
    const opened = (await latest(article.id)).updatedAt

    const theirs = await autosave(second, article.id, { title: 'عنوان كتبه الثاني', updatedAt: opened })
    expect(theirs.status).toBe(200)
    expect(theirs.body.doc?.savedBy).toBe(second.id)

    const mine = await autosave(first, article.id, { title: 'عنوان كتبه الأول', updatedAt: opened })
    expect(mine.status).toBe(409)
    expect(mine.body.errors?.[0].message).toMatch(/second.*أعد تحميل الصفحة.*Reload the page/)
    expect((await latest(article.id)).title).toBe('عنوان كتبه الثاني')

    // Reloaded, the first editor's form shows the second's version: their change goes through.
    const again = await autosave(first, article.id, { title: 'عنوان اتفقا عليه', updatedAt: (await latest(article.id)).updatedAt })
    expect(again.status).toBe(200)
    expect((await latest(article.id)).title).toBe('عنوان اتفقا عليه')
  })

  it('should never refuse one person’s own saves, and not check a client that sends no updatedAt', async () => {
    const article = await t.payload.create({ collection: 'articles', draft: true, locale: 'ar', data: { title: 'خبر يحرره واحد', body: lexicalFromText('نص.') as never }, user: first, overrideAccess: false })
    const opened = (await latest(article.id)).updatedAt
    for (let save = 1; save <= 3; save++) expect((await autosave(first, article.id, { title: `حفظ ${save}`, updatedAt: opened })).status).toBe(200)
    expect((await autosave(second, article.id, { title: 'من سكربت' })).status).toBe(200)
    expect((await latest(article.id)).savedBy).toBe(second.id)
  })

  it('should keep whoever saved last, whatever a client claims', async () => {
    const article = await t.payload.create({ collection: 'articles', draft: true, locale: 'ar', data: { title: 'خبر', body: lexicalFromText('نص.') as never }, user: first, overrideAccess: false })
    await autosave(first, article.id, { title: 'خبر معدل', savedBy: second.id })
    expect((await latest(article.id)).savedBy).toBe(first.id)
  })
})
