import config from '@payload-config'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalFromText, textFromLexical } from '@/lib/lexical'
import type { User } from '@/payload-types'

import { restRequest } from './helpers/clients'
import { addUser, initTestPayload, type TestPayload, tokenFor } from './helpers/payload'

// Two people on one article: a save from a form older than a version someone else saved since is refused (409),
// whatever the lock says, so nobody's words are silently replaced. One person's own saves are never refused.

let t: TestPayload
let first: User
let second: User
let writer: User
let checker: User
const tokens: Record<string, string> = {}

beforeAll(async () => {
  t = await initTestPayload()
  await addUser(t.payload, 'admin@mirsad.test', 'admin')
  first = await addUser(t.payload, 'first@mirsad.test', 'editor')
  second = await addUser(t.payload, 'second@mirsad.test', 'editor')
  writer = await addUser(t.payload, 'writer@mirsad.test', 'writer')
  checker = await addUser(t.payload, 'checker@mirsad.test', 'factChecker')
  for (const user of [first, second, writer]) tokens[user.email] = await tokenFor(t.payload, user.email)
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

/** What an open edit view holds: the article as it was loaded, every field, with its `updatedAt`. */
async function openForm(id: number) {
  const { id: _id, createdAt: _created, history: _history, ...form } = (await latest(id)) as unknown as Record<string, unknown>
  return form
}

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

describe('saves from an outdated form that changed other fields', () => {
  async function writersDraft(title: string, body: string) {
    const article = await t.payload.create({ collection: 'articles', draft: true, locale: 'ar', data: { title, body: lexicalFromText(body) as never }, user: writer, overrideAccess: false })
    return article.id
  }

  /** An autosave that goes through: the form then shows the version it saved, as the admin's does. */
  async function saves(user: User, id: number, form: Record<string, unknown>, change: Record<string, unknown>) {
    const answer = await autosave(user, id, { ...form, ...change })
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
    Object.assign(form, change, { updatedAt: answer.body.doc!.updatedAt })
  }

  it('should keep the writer’s words and the editor’s new assignee when each changed only their own field', async () => {
    const id = await writersDraft('خبر يكتبه الكاتب', 'الفقرة الأولى.')
    const writersForm = await openForm(id)
    await saves(writer, id, writersForm, { body: lexicalFromText('الفقرة الأولى. وجملة ثانية.') })

    // The editor opens the article after that autosave and changes only who edits and checks it.
    await saves(first, id, await openForm(id), { assignees: { editor: first.id, factChecker: checker.id } })
    // Payload would have rewritten the writer's autosaved version in place; it stays whole, and the editor's is new.
    const { docs: versions } = await t.payload.findVersions({ collection: 'articles', where: { parent: { equals: id } }, sort: '-updatedAt', depth: 0, locale: 'ar', overrideAccess: true })
    const writers = versions.find((row) => row.version.updatedAt === writersForm.updatedAt)
    expect(textFromLexical(writers?.version.body)).toBe('الفقرة الأولى. وجملة ثانية.')
    expect(writers?.version).toMatchObject({ title: 'خبر يكتبه الكاتب', savedBy: writer.id, history: [{ to: 'draft' }] })
    expect(versions[0].version.savedBy).toBe(first.id)

    // The writer, still on the version of their own autosave, types on: nothing of theirs is refused or lost.
    const words = 'الفقرة الأولى. وجملة ثانية. وثالثة كُتبت بعد تغيير المكلَّف.'
    const mine = await autosave(writer, id, { ...writersForm, body: lexicalFromText(words) })
    expect(mine.status, JSON.stringify(mine.body)).toBe(200)
    const saved = await latest(id)
    expect(textFromLexical(saved.body)).toBe(words)
    expect(saved.assignees).toMatchObject({ editor: first.id, factChecker: checker.id })
    expect(saved.title).toBe('خبر يكتبه الكاتب')
    expect(saved.savedBy).toBe(writer.id)
  })

  it('should refuse a change to a field a colleague changed since, name it, and keep the colleague’s words', async () => {
    const id = await writersDraft('عنوان أول', 'نص لا يتغير.')
    const writersForm = await openForm(id)
    const editorsForm = await openForm(id)
    expect((await autosave(first, id, { ...editorsForm, title: 'عنوان كتبه المحرر' })).status).toBe(200)

    const mine = await autosave(writer, id, { ...writersForm, title: 'عنوان كتبه الكاتب' })
    expect(mine.status).toBe(409)
    expect(mine.body.errors?.[0].message).toMatch(/غيّر first «العنوان» بعد أن فتحت المقال.*أعد تحميل الصفحة.*first changed “Title”.*Reload the page/)
    const saved = await latest(id)
    expect(saved.title).toBe('عنوان كتبه المحرر')
    expect(textFromLexical(saved.body)).toBe('نص لا يتغير.')
  })

  it('should never lose the body: an editor’s form that did not touch it keeps the words typed since', async () => {
    const id = await writersDraft('خبر عن السوق', 'جملة أولى.')
    const writersForm = await openForm(id)
    await saves(writer, id, writersForm, { body: lexicalFromText('جملة أولى. جملة ثانية.') })
    const editorsForm = await openForm(id)
    await saves(first, id, editorsForm, { assignees: { editor: first.id } })
    const words = 'جملة أولى. جملة ثانية. جملة ثالثة.'
    await saves(writer, id, writersForm, { body: lexicalFromText(words) })

    // The editor's form still holds the body as it was when they opened it; they change another desk field.
    const again = await autosave(first, id, { ...editorsForm, assignees: { editor: first.id, factChecker: checker.id } })
    expect(again.status, JSON.stringify(again.body)).toBe(200)
    const saved = await latest(id)
    expect(textFromLexical(saved.body)).toBe(words)
    expect(saved.assignees).toMatchObject({ editor: first.id, factChecker: checker.id })
  })

  it('should refuse rather than guess when the version the form was opened on is gone, and keep the words typed since', async () => {
    const id = await writersDraft('خبر', 'جملة.')
    const writersForm = await openForm(id)
    await saves(writer, id, writersForm, { body: lexicalFromText('جملة. ثانية.') })
    const editorsForm = await openForm(id)
    // The writer's next autosave rewrites their own autosaved version in place: the one the editor opened is gone.
    await saves(writer, id, writersForm, { body: lexicalFromText('جملة. ثانية. ثالثة.') })

    const stale = await autosave(first, id, { ...editorsForm, assignees: { editor: first.id } })
    expect(stale.status).toBe(409)
    expect(textFromLexical((await latest(id)).body)).toBe('جملة. ثانية. ثالثة.')
  })
})
