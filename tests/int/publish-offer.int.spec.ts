import config from '@payload-config'
import { createLocalReq, docAccessOperation } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import type { Stage } from '@/lib/workflow/stages'

import { restRequest } from './helpers/clients'
import { addUser, initTestPayload, publishAs, type TestPayload, tokenFor } from './helpers/payload'

// The admin offers «نشر التّغييرات» (and scheduling) only where the workflow allows publishing: it asks the
// articles' update rule whether this person may write `_status: published` to this article, on loading the edit
// view and again after each save. A save that asks to publish anyway is still refused by the server, with its reason.

type Role = 'writer' | 'factChecker' | 'editor' | 'admin'

let t: TestPayload
const users = {} as Record<Role, User>
const tokens = {} as Record<Role, string>
const articles = {} as Record<Exclude<Stage, 'published'> | 'published', number>

beforeAll(async () => {
  t = await initTestPayload()
  users.admin = await addUser(t.payload, 'admin@mirsad.test', 'admin')
  users.editor = await addUser(t.payload, 'editor@mirsad.test', 'editor')
  users.factChecker = await addUser(t.payload, 'checker@mirsad.test', 'factChecker')
  users.writer = await addUser(t.payload, 'writer@mirsad.test', 'writer')
  for (const role of Object.keys(users) as Role[]) tokens[role] = await tokenFor(t.payload, users[role].email)
  // The system files each article where the test needs it, as the writer's own work.
  for (const stage of ['draft', 'inEdit', 'factCheck', 'approved', 'returned'] as const) {
    const article = await t.payload.create({ collection: 'articles', draft: true, data: { title: `مقال في مرحلة ${stage}`, stage, createdBy: users.writer.id, authors: [users.writer.id] } as never })
    articles[stage] = article.id
  }
  articles.published = (await publishAs(t.payload, users.editor, { title: 'مقال منشور', authors: [users.writer.id] })).id
})

afterAll(async () => {
  await t?.cleanup()
})

/** What the edit view asks as it loads: the document's permissions with `_status: published`. */
async function offeredOnLoad(role: Role, id: number | undefined) {
  const req = await createLocalReq({ user: { ...users[role], collection: 'users' } }, t.payload)
  const doc = id ? await t.payload.findByID({ collection: 'articles', id, draft: true, depth: 0, overrideAccess: true }) : {}
  const permissions = await docAccessOperation({ id, collection: t.payload.collections.articles, data: { ...doc, _status: 'published' }, req })
  return Boolean(permissions.update)
}

/** What the edit view asks again after a save: POST /api/articles/access/:id, as Payload's admin sends it. */
async function offeredAfterSave(role: Role, id: number) {
  const doc = await t.payload.findByID({ collection: 'articles', id, draft: true, depth: 0, overrideAccess: true })
  const response = await restRequest(config, 'POST', `articles/access/${id}`, { headers: { authorization: `JWT ${tokens[role]}` }, body: { ...doc, _status: 'published' } })
  expect(response.status).toBe(200)
  return Boolean(((await response.json()) as { update?: unknown }).update)
}

const publishable: Record<Role, Stage[]> = { writer: [], factChecker: [], editor: ['approved', 'published'], admin: ['approved', 'published'] }

describe('the publish button', () => {
  for (const role of Object.keys(publishable) as Role[]) {
    it(`should be offered to the ${role} ${publishable[role].length ? `on ${publishable[role].join(' and ')} articles only` : 'on no article'}`, async () => {
      for (const stage of Object.keys(articles) as Stage[]) {
        const expected = publishable[role].includes(stage)
        expect(await offeredOnLoad(role, articles[stage]), `${role}, ${stage}, on load`).toBe(expected)
        expect(await offeredAfterSave(role, articles[stage]), `${role}, ${stage}, after a save`).toBe(expected)
      }
    })
  }

  it('should not be offered on a new article, which is never published directly', async () => {
    for (const role of Object.keys(publishable) as Role[]) expect(await offeredOnLoad(role, undefined), role).toBe(false)
  })

  it('should still let the server refuse a publication not yet approved, saying why, whoever asks', async () => {
    const publish = (role: Role, id: number) => restRequest(config, 'PATCH', `articles/${id}?depth=0`, { headers: { authorization: `JWT ${tokens[role]}` }, body: { _status: 'published' } })
    for (const stage of ['draft', 'inEdit', 'factCheck', 'returned'] as const) {
      for (const role of ['editor', 'admin'] as const) {
        const refused = await publish(role, articles[stage])
        expect(refused.status, `${role}, ${stage}`).toBe(400)
        expect(await refused.text()).toContain('لا يُنشر إلا مقال معتمد')
      }
      for (const role of ['writer', 'factChecker'] as const) expect((await publish(role, articles[stage])).status, `${role}, ${stage}`).toBe(403)
    }
    const live = await t.payload.find({ collection: 'articles', where: { _status: { equals: 'published' } }, depth: 0, overrideAccess: true })
    expect(live.docs.map(({ id }) => id)).toEqual([articles.published])

    const approved = await publish('editor', articles.approved)
    expect(approved.status, await approved.clone().text()).toBe(200)
    expect((await t.payload.findByID({ collection: 'articles', id: articles.approved, depth: 0, overrideAccess: true }))._status).toBe('published')
  })
})
