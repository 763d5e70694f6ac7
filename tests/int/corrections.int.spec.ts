import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getPublishedArticle } from '@/data/articles'
import { lexicalFromText } from '@/lib/lexical'
import type { User } from '@/payload-types'

import { addUser, initTestPayload, type TestPayload } from './helpers/payload'

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
