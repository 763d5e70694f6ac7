import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { stageCounts } from '@/data/desk'
import { lexicalFromText } from '@/lib/lexical'
import type { User } from '@/payload-types'

import { addUser, detectorRan, initTestPayload, type TestPayload } from './helpers/payload'

// The stage counts above the trays read each article at its latest version, as the trays do: a draft moved on by
// draft saves is counted where it now stands, not where its first save left the main record.

let t: TestPayload
let editor: User
let writer: User

beforeAll(async () => {
  t = await initTestPayload()
  editor = await addUser(t.payload, 'counts-editor@mirsad.test', 'editor')
  writer = await addUser(t.payload, 'counts-writer@mirsad.test', 'writer')
})

afterAll(async () => {
  await t?.cleanup()
})

describe('stage counts', () => {
  it('should count a submitted draft in edit, and one approved by draft saves as approved', async () => {
    const before = await stageCounts(t.payload, editor)
    const as = { user: writer, overrideAccess: false } as const
    const draft = await t.payload.create({ collection: 'articles', data: { title: 'مسودة أُرسلت', body: lexicalFromText('نص.') } as never, draft: true, ...as })
    await t.payload.update({ collection: 'articles', id: draft.id, data: { stage: 'inEdit' }, draft: true, ...as })

    const byEditor = { user: editor, overrideAccess: false } as const
    const approved = await t.payload.create({ collection: 'articles', data: { title: 'خبر معتمد', body: lexicalFromText('نص.') } as never, draft: true, ...byEditor })
    await t.payload.update({ collection: 'articles', id: approved.id, data: { stage: 'inEdit' }, draft: true, ...byEditor })
    await detectorRan(t.payload, approved.id)
    await t.payload.update({ collection: 'articles', id: approved.id, data: { stage: 'approved', transitionNote: 'خبر بلا ادعاءات' }, draft: true, ...byEditor })

    const after = await stageCounts(t.payload, editor)
    expect(after.inEdit - before.inEdit).toBe(1)
    expect(after.approved - before.approved).toBe(1)
    expect(after.draft - before.draft).toBe(0)
  })
})
