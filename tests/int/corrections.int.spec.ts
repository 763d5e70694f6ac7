import config from '@payload-config'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getPublishedArticle } from '@/data/articles'
import { lexicalFromText } from '@/lib/lexical'
import type { User } from '@/payload-types'

import { restRequest } from './helpers/clients'
import { addUser, initTestPayload, type TestPayload, tokenFor } from './helpers/payload'

let t: TestPayload
let editor: User
let id: number

const as = () => ({ user: editor, overrideAccess: false }) as const

beforeAll(async () => {
  t = await initTestPayload()
  await addUser(t.payload, 'admin@mirsad.test', 'admin')
  editor = await addUser(t.payload, 'editor@mirsad.test', 'editor')
  id = (
    await t.payload.create({
      collection: 'articles',
      data: { title: 'خبر سيُصحَّح', body: lexicalFromText('قُتل 40 جنديًا.') as never, _status: 'published', stage: 'published' } as never,
    })
  ).id
})

afterAll(async () => {
  await t?.cleanup()
})

describe('corrections and updates', () => {
  it('should refuse to republish a changed text without a log entry, then accept it with one, dated by the server', async () => {
    const body = lexicalFromText('قالت الجماعة إن 40 جنديًا قُتلوا.') as never
    await expect(t.payload.update({ collection: 'articles', id, data: { body, _status: 'published' }, ...as() })).rejects.toThrow(/التصحيحات/)
    expect((await t.payload.findByID({ collection: 'articles', id, draft: false })).corrections ?? []).toHaveLength(0)

    const corrected = await t.payload.update({
      collection: 'articles',
      id,
      data: { body, _status: 'published', corrections: [{ kind: 'correction', note: 'نُسب رقم القتلى إلى الجماعة بعد أن ورد بصيغة الخبر.', at: '2000-01-01T00:00:00.000Z' }] },
      ...as(),
    })
    expect(corrected.corrections).toHaveLength(1)
    expect(Date.now() - new Date(corrected.corrections![0].at!).getTime()).toBeLessThan(60_000)
  })

  it('should never let a log entry be removed or rewritten', async () => {
    const current = await t.payload.findByID({ collection: 'articles', id })
    await expect(t.payload.update({ collection: 'articles', id, data: { corrections: [] }, ...as() })).rejects.toThrow()
    const rewritten = current.corrections!.map((entry) => ({ ...entry, note: 'نص آخر' }))
    await expect(t.payload.update({ collection: 'articles', id, data: { corrections: rewritten }, ...as() })).rejects.toThrow()
  })

  it('should show readers the log', async () => {
    const article = await getPublishedArticle('ar', 'خبر-سيصحح')
    expect(article?.corrections).toEqual([expect.objectContaining({ kind: 'correction', note: expect.stringContaining('نُسب رقم القتلى') })])
  })
})

describe('a correction written in the admin, autosave on', () => {
  let token: string
  let story: number

  /** One save as the editor's form sends it. */
  const save = async (data: Record<string, unknown>, { publish = false } = {}) => {
    const form = await t.payload.findByID({ collection: 'articles', id: story, draft: true, depth: 0, locale: 'ar' })
    const query = publish ? 'draft=false' : 'autosave=true&draft=true'
    const response = await restRequest(config, 'PATCH', `articles/${story}?${query}&depth=0&locale=ar`, {
      headers: { authorization: `JWT ${token}` },
      body: { ...data, updatedAt: form.updatedAt, ...(publish ? { _status: 'published' } : {}) },
    })
    return { status: response.status, body: (await response.json()) as { doc?: { corrections?: { id?: string; note?: string | null; at?: string | null }[] }; errors?: { message: string }[] } }
  }

  beforeAll(async () => {
    token = await tokenFor(t.payload, editor.email)
    story = (
      await t.payload.create({
        collection: 'articles',
        data: { title: 'خبر يُصحَّح من لوحة التحرير', body: lexicalFromText('قُتل 12 مدنيًا.') as never, _status: 'published', stage: 'published' } as never,
      })
    ).id
  })

  it('should keep an empty new row, then let it be filled, rewritten and removed while it is unpublished', async () => {
    const body = lexicalFromText('قال مسؤول محلي إن 12 مدنيًا قُتلوا.')
    // «أضف تعديل منشور»: the new row is autosaved before its note is typed.
    const empty = await save({ body, corrections: [{ kind: 'correction', note: '' }] })
    expect(empty.status).toBe(200)
    const row = empty.body.doc!.corrections![0].id
    expect((await save({ corrections: [{ id: row, kind: 'correction', note: 'نُسب' }] })).status).toBe(200)
    expect((await save({ corrections: [{ id: row, kind: 'correction', note: 'نُسب الرقم إلى مسؤول محلي.' }] })).status).toBe(200)
    expect((await save({ corrections: [] })).status).toBe(200)
    // Going back to the published version brings back exactly what readers see.
    expect((await save({ body: (await t.payload.findByID({ collection: 'articles', id: story, draft: false, depth: 0 })).body, corrections: [] })).status).toBe(200)

    const again = await save({ body, corrections: [{ kind: 'clarification', note: 'نُسب الرقم إلى مسؤول محلي بعد أن ورد بصيغة الخبر.' }] })
    expect(again.status).toBe(200)
    const published = await save({ body, corrections: again.body.doc!.corrections }, { publish: true })
    expect(published.status).toBe(200)
    const live = await t.payload.findByID({ collection: 'articles', id: story, draft: false, depth: 0, locale: 'ar' })
    expect(live.corrections).toEqual([expect.objectContaining({ kind: 'clarification', note: expect.stringContaining('مسؤول محلي') })])
    expect(Date.now() - Date.parse(live.corrections![0].at!)).toBeLessThan(60_000)
  })

  it('should refuse to rewrite or remove a row readers have seen, in a draft too', async () => {
    const live = await t.payload.findByID({ collection: 'articles', id: story, draft: false, depth: 0, locale: 'ar' })
    const rewritten = await save({ corrections: live.corrections!.map((entry) => ({ ...entry, note: 'نص آخر' })) })
    expect(rewritten.status).toBe(400)
    expect(rewritten.body.errors?.[0].message).toMatch(/رأى القراء/)
    expect((await save({ corrections: [] })).status).toBe(400)
    // Adding below it is what a correction of a correction looks like.
    expect((await save({ corrections: [...live.corrections!, { kind: 'update', note: 'تحديث' }] })).status).toBe(200)
  })

  it('should refuse to publish a new row without its note', async () => {
    const live = await t.payload.findByID({ collection: 'articles', id: story, draft: false, depth: 0, locale: 'ar' })
    const body = lexicalFromText('نص معدّل مرة أخرى.')
    const refused = await save({ body, corrections: [...live.corrections!, { kind: 'correction', note: '' }] }, { publish: true })
    expect(refused.status).toBe(400)
    expect((await t.payload.findByID({ collection: 'articles', id: story, draft: false, depth: 0, locale: 'ar' })).corrections).toHaveLength(1)
  })
})
