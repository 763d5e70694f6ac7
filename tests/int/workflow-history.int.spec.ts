import config from '@payload-config'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalFromText } from '@/lib/lexical'
import type { Article, User } from '@/payload-types'

import { graphqlRequest, restRequest } from './helpers/clients'
import { addUser, initTestPayload, type TestPayload, tokenFor } from './helpers/payload'

// The stage history is append-only on every path, autosave included, and every hook works from the latest
// version: a writer's form that autosaves after resubmitting must not write an older record's history back.

let t: TestPayload
let writer: User
let editor: User
let checker: User
const tokens: Record<string, string> = {}

beforeAll(async () => {
  t = await initTestPayload()
  await addUser(t.payload, 'admin@mirsad.test', 'admin')
  writer = await addUser(t.payload, 'writer@mirsad.test', 'writer')
  editor = await addUser(t.payload, 'editor@mirsad.test', 'editor')
  checker = await addUser(t.payload, 'checker@mirsad.test', 'factChecker')
  for (const user of [writer, editor, checker]) tokens[user.email] = await tokenFor(t.payload, user.email)
})

afterAll(async () => {
  await t?.cleanup()
})

/** A save as the admin's form sends it, autosave or not. */
async function adminSave(user: User, id: number, data: Record<string, unknown>, { autosave = true } = {}) {
  const query = autosave ? 'autosave=true&draft=true' : 'draft=true'
  const response = await restRequest(config, 'PATCH', `articles/${id}?${query}&depth=0&locale=ar`, { headers: { authorization: `JWT ${tokens[user.email]}` }, body: data })
  return { status: response.status, body: (await response.json()) as { doc?: Article; errors?: { message: string }[] } }
}

const latest = (id: number) => t.payload.findByID({ collection: 'articles', id, draft: true, depth: 0, locale: 'ar' })
const moves = (article: Article) => (article.history ?? []).map((entry) => `${entry.from ?? '∅'}→${entry.to}`)

/** Writer drafts and submits, editor assigns and returns with a reason, writer resubmits: all in the admin. */
async function returnedAndResubmitted() {
  const created = await adminSave(writer, (await t.payload.create({ collection: 'articles', draft: true, locale: 'ar', data: { title: 'تقرير سيعاد', body: lexicalFromText('نص أول.') as never }, user: writer, overrideAccess: false })).id, { title: 'تقرير سيعاد إلى كاتبه' })
  expect(created.status).toBe(200)
  const id = created.body.doc!.id
  expect((await adminSave(writer, id, { stage: 'inEdit' }, { autosave: false })).status).toBe(200)
  const assignees = { writer: writer.id, factChecker: checker.id, editor: editor.id }
  expect((await adminSave(editor, id, { assignees, updatedAt: (await latest(id)).updatedAt })).status).toBe(200)
  expect((await adminSave(editor, id, { stage: 'returned', transitionNote: 'ينقص مصدر الرقم', updatedAt: (await latest(id)).updatedAt }, { autosave: false })).status).toBe(200)
  const returned = await latest(id)
  expect((await adminSave(writer, id, { title: 'تقرير أعيدت كتابته', stage: 'inEdit', updatedAt: returned.updatedAt }, { autosave: false })).status).toBe(200)
  return { id, assignees }
}

const EXPECTED = ['∅→draft', 'draft→inEdit', 'inEdit→returned', 'returned→inEdit']

describe('the stage history after return and resubmission', () => {
  it('should refuse the writer’s form autosaving once more after resubmitting, and keep the whole history and the assignees', async () => {
    const { id, assignees } = await returnedAndResubmitted()
    const before = await latest(id)
    expect(moves(before)).toEqual(EXPECTED)

    // The writer's open form still holds the text and the stage it showed; its next autosave is refused.
    const late = await adminSave(writer, id, { title: 'تعديل بعد الإرسال', stage: 'inEdit', updatedAt: before.updatedAt })
    expect(late.status).toBe(403)
    const after = await latest(id)
    expect(after.title).toBe('تقرير أعيدت كتابته')
    expect(moves(after)).toEqual(EXPECTED)
    expect(after.history?.[2].note).toBe('ينقص مصدر الرقم')
    expect(after.assignees).toMatchObject(assignees)
  })

  it('should refuse the writer on the local API and GraphQL too, and keep the history', async () => {
    const { id } = await returnedAndResubmitted()
    await expect(t.payload.update({ collection: 'articles', id, draft: true, data: { title: 'محلي' }, user: writer, overrideAccess: false })).rejects.toThrow()
    const response = await graphqlRequest(config, `mutation { updateArticle(id: ${id}, draft: true, data: { title: "غراف" }) { id } }`, { authorization: `JWT ${tokens[writer.email]}` })
    const json = (await response.json()) as { errors?: unknown[] }
    expect(json.errors?.length).toBeGreaterThan(0)
    const after = await latest(id)
    expect(after.title).toBe('تقرير أعيدت كتابته')
    expect(moves(after)).toEqual(EXPECTED)
  })

  it('should keep every move and the assignees through the editor’s autosaves and the next moves', async () => {
    const { id, assignees } = await returnedAndResubmitted()
    expect((await adminSave(editor, id, { title: 'عنوان المحرر', updatedAt: (await latest(id)).updatedAt })).status).toBe(200)
    expect((await adminSave(editor, id, { stage: 'factCheck', updatedAt: (await latest(id)).updatedAt }, { autosave: false })).status).toBe(200)
    // The checker's autosave sends the form as it stands, assignees and history included: nothing is lost.
    const form = await latest(id)
    expect((await adminSave(checker, id, { factCheckNotes: 'راجعت المصدر.', history: [], assignees: { writer: null }, updatedAt: form.updatedAt })).status).toBe(200)
    const after = await latest(id)
    expect(moves(after)).toEqual([...EXPECTED, 'inEdit→factCheck'])
    expect(after.assignees).toMatchObject(assignees)
  })

  it('should restore an older version’s words as a draft without going back in the workflow', async () => {
    const { id } = await returnedAndResubmitted()
    const { docs } = await t.payload.findVersions({ collection: 'articles', where: { parent: { equals: id } }, sort: 'createdAt', limit: 100, depth: 0 })
    const first = docs.find((version) => version.version.title === 'تقرير سيعاد إلى كاتبه')!
    const response = await restRequest(config, 'POST', `articles/versions/${first.id}?draft=true&locale=ar`, { headers: { authorization: `JWT ${tokens[editor.email]}` } })
    expect(response.status).toBe(200)
    const after = await latest(id)
    expect(after.title).toBe('تقرير سيعاد إلى كاتبه')
    expect(after.stage).toBe('inEdit')
    expect(moves(after)).toEqual(EXPECTED)
  })
})

describe('taking back a move from a page left open', () => {
  const post = async (user: User, path: string, body: unknown) => {
    const response = await restRequest(config, 'POST', path, { headers: { authorization: `JWT ${tokens[user.email]}` }, body })
    return { status: response.status, text: JSON.stringify(await response.json()) }
  }

  it('should say the article has moved on when a colleague moved it since', async () => {
    const { id } = await t.payload.create({ collection: 'articles', draft: true, locale: 'ar', data: { title: 'أُرسل ثم أعيد', body: lexicalFromText('نص.') as never }, user: writer, overrideAccess: false })
    expect((await post(writer, `articles/${id}/move`, { to: 'inEdit' })).status).toBe(200)
    expect((await post(editor, `articles/${id}/move`, { to: 'returned', note: 'ينقص مصدر الرقم' })).status).toBe(200)
    const undo = await post(writer, `articles/${id}/undo-move`, {})
    expect(undo.status).toBe(403)
    expect(undo.text).toContain('نُقل المقال بعد نقلك')
    expect(undo.text).toContain('has moved on')
    expect((await latest(id)).stage).toBe('returned')
  })
})
