import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { addUser, initTestPayload, type TestPayload } from './helpers/payload'

let t: TestPayload
let writer: User
let checker: User
let editor: User
let articleId: number

beforeAll(async () => {
  t = await initTestPayload()
  const account = (email: string, role: User['role']) => addUser(t.payload, email, role)
  await account('admin@mirsad.test', 'admin')
  writer = await account('writer@mirsad.test', 'writer')
  checker = await account('checker@mirsad.test', 'factChecker')
  editor = await account('editor@mirsad.test', 'editor')
  articleId = (await t.payload.create({ collection: 'articles', data: { title: 'مقال للنقاش', _status: 'published', stage: 'published' } as never })).id
})

afterAll(async () => {
  await t?.cleanup()
})

const as = (user: User | undefined) => ({ overrideAccess: false, user })

describe('internal notes', () => {
  it('should thread staff notes on an article, each signed by whoever wrote it', async () => {
    const question = await t.payload.create({
      collection: 'comments',
      data: { article: articleId, body: 'من مصدر رقم الأربعين؟', author: editor.id },
      ...as(checker),
    })
    expect(question.author).toMatchObject({ id: checker.id })
    const reply = await t.payload.create({
      collection: 'comments',
      data: { article: articleId, body: 'بيان الجماعة الثاني وحده.', parent: question.id },
      ...as(writer),
    })
    expect(reply.parent).toMatchObject({ id: question.id })

    const article = await t.payload.findByID({ collection: 'articles', id: articleId, ...as(editor) })
    expect(article.comments?.docs?.length).toBe(2)
  })

  it('should keep notes away from the public', async () => {
    await expect(t.payload.find({ collection: 'comments', ...as(undefined) })).rejects.toThrow()
    const article = await t.payload.findByID({ collection: 'articles', id: articleId, ...as(undefined) })
    expect(article).not.toHaveProperty('comments')
  })

  it("should let only the author or an editor change a note", async () => {
    const note = await t.payload.create({ collection: 'comments', data: { article: articleId, body: 'ملاحظة' }, ...as(checker) })
    await expect(t.payload.update({ collection: 'comments', id: note.id, data: { body: 'تغيير' }, ...as(writer) })).rejects.toThrow()
    const byEditor = await t.payload.update({ collection: 'comments', id: note.id, data: { body: 'تصحيح' }, ...as(editor) })
    expect(byEditor.body).toBe('تصحيح')
    expect(byEditor.author).toMatchObject({ id: checker.id })
  })
})
