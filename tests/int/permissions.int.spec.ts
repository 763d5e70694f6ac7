import fs from 'node:fs'
import path from 'node:path'

import config from '@payload-config'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLocalReq } from 'payload'
import sharp from 'sharp'

import { recordDetection } from '@/collections/ClaimDetections/runs'
import { idOf } from '@/lib/ids'
import type { User } from '@/payload-types'
import type { Stage } from '@/lib/workflow/stages'

import { type Client, graphqlClient, localClient, restClient } from './helpers/clients'
import { initTestPayload, type TestPayload } from './helpers/payload'
import { scheduledJobsFor, schedulePublication } from './helpers/schedule'

// The permission matrix: every actor × operation × path, asserted cell by cell, then written to
// docs/permissions.md so the documented rules are exactly the tested ones.

const ACTORS = ['anonymous', 'writer', 'otherWriter', 'factChecker', 'editor', 'admin'] as const
type Actor = (typeof ACTORS)[number]
const PATHS = ['REST', 'GraphQL', 'local API'] as const
type Path = (typeof PATHS)[number]
const PASSWORD = 'a-long-test-password'

type Ctx = { actor: Actor; path: Path; client: Client; user: User | null }
type Operation = {
  name: string
  /** Actors allowed, by their initials: A anonymous, W writer, O other writer, F fact-checker, E editor, D admin. */
  allowed: string
  paths?: Path[]
  /** Where the operation exists, when not on every path. */
  where?: string
  run: (ctx: Ctx) => Promise<boolean>
}

let t: TestPayload
const users = {} as Record<Exclude<Actor, 'anonymous'>, User>
const tokens = {} as Record<Exclude<Actor, 'anonymous'>, string>
let counter = 0

const sys = () => t.payload

async function article(options: { stage?: Stage; published?: boolean; owner?: Exclude<Actor, 'anonymous'> } = {}) {
  const { stage = 'draft', published = stage === 'published', owner = 'writer' } = options
  const doc = await sys().create({
    collection: 'articles',
    data: {
      title: `مقال الاختبار ${++counter}`,
      stage,
      _status: published ? 'published' : 'draft',
      createdBy: users[owner].id,
      authors: [users[owner].id],
    },
    draft: !published,
  })
  return doc.id
}

/** A claim on article `id`, quoting `quote` from its text. */
async function claimOn(article: number, quote = 'قال المتحدث إن العدد أربعون') {
  await sys().create({ collection: 'claims', data: { article, text: quote, anchor: { quote } } as never })
  return article
}

async function picture() {
  const data = await sharp({ create: { width: 64, height: 36, channels: 3, background: '#55606e' } }).png().toBuffer()
  const media = await sys().create({ collection: 'media', data: { alt: `صورة ${++counter}` }, file: { data, name: `m-${counter}.png`, mimetype: 'image/png', size: data.length } })
  return media.id
}

const lockOn = async (id: number) => (await sys().find({ collection: 'payload-locked-documents', where: { 'document.value': { equals: id } }, depth: 0 })).docs[0]
const locksOn = async (id: number) =>
  (await sys().count({ collection: 'payload-locked-documents', where: { 'document.value': { equals: id } } })).totalDocs

const live = (id: number) => sys().findByID({ collection: 'articles', id, draft: false, depth: 0, disableErrors: true })
const latest = (id: number) => sys().findByID({ collection: 'articles', id, draft: true, depth: 0, disableErrors: true })

/** The user an actor acts as when it needs "its own" thing; anonymous borrows the writer's. */
const self = (actor: Actor): Exclude<Actor, 'anonymous'> => (actor === 'anonymous' ? 'writer' : actor)

async function retitle(ctx: Ctx, id: number, options: { draft?: boolean; overrideLock?: boolean } = {}) {
  const title = `عنوان جديد ${++counter}`
  await ctx.client.updateArticle(id, { title }, options)
  const doc = options.draft ? await latest(id) : await live(id)
  return doc?.title === title
}

async function move(ctx: Ctx, from: Stage, to: Stage, note?: string, { detected = false } = {}) {
  const id = await article({ stage: from })
  // The detector has run on the (empty) text and found nothing: approval's own condition is met.
  if (detected) await recordDetection(await createLocalReq({}, sys()), id, null, [])
  await ctx.client.updateArticle(id, { stage: to, ...(note ? { transitionNote: note } : {}) }, { draft: true })
  return (await latest(id))?.stage === to
}

async function lockedBySomeoneElse(actor: Actor, id: number) {
  const locker = actor === 'admin' ? users.editor : users.admin
  await sys().create({
    collection: 'payload-locked-documents',
    data: { document: { relationTo: 'articles', value: id }, user: { relationTo: 'users', value: locker.id } },
  })
}

const operations: Operation[] = [
  { name: 'create an article', allowed: 'W O E D', run: async ({ client }) => (await client.createArticle({ title: 'مقال جديد' })).ok },
  {
    name: "read a writer's unpublished draft",
    allowed: 'W F E D',
    run: async ({ client }) => {
      const id = await article()
      return (await client.readArticle(id, true)).ok
    },
  },
  {
    name: 'read a published article',
    allowed: 'A W O F E D',
    run: async ({ client }) => (await client.readArticle(await article({ stage: 'published' }), false)).ok,
  },
  {
    name: 'edit the text of their own draft',
    allowed: 'W O E D',
    run: async (ctx) => retitle(ctx, await article({ owner: self(ctx.actor) }), { draft: true }),
  },
  {
    name: "edit the text of someone else's draft",
    allowed: 'E D',
    run: async (ctx) => retitle(ctx, await article({ owner: ctx.actor === 'writer' ? 'otherWriter' : 'writer' }), { draft: true }),
  },
  {
    name: 'edit the text of their own article after submitting it',
    allowed: 'E D',
    run: async (ctx) => retitle(ctx, await article({ owner: self(ctx.actor), stage: 'inEdit' }), { draft: true }),
  },
  {
    name: 'edit a published article',
    allowed: 'E D',
    run: async (ctx) => retitle(ctx, await article({ stage: 'published' })),
  },
  {
    name: 'change the address (slug) of a published article',
    allowed: 'E D',
    run: async ({ client }) => {
      const id = await article({ stage: 'published' })
      const slug = `عنوان-جديد-${++counter}`
      await client.updateArticle(id, { slug })
      return (await live(id))?.slug === slug
    },
  },
  {
    name: 'write fact-check notes',
    allowed: 'F E D',
    run: async ({ client }) => {
      const id = await article({ stage: 'factCheck' })
      await client.updateArticle(id, { factCheckNotes: 'مصدر الرقم بيان الجماعة وحده.' }, { draft: true })
      return (await latest(id))?.factCheckNotes === 'مصدر الرقم بيان الجماعة وحده.'
    },
  },
  {
    name: 'delete an unpublished article',
    allowed: 'E D',
    run: async ({ client }) => {
      const id = await article()
      await client.deleteArticle(id)
      return (await latest(id)) === null
    },
  },
  {
    name: 'delete a published article',
    allowed: '',
    run: async ({ client }) => {
      const id = await article({ stage: 'published' })
      await client.deleteArticle(id)
      return (await live(id)) === null
    },
  },
  { name: 'submit: draft → inEdit', allowed: 'W E D', run: (ctx) => move(ctx, 'draft', 'inEdit') },
  { name: 'resubmit: returned → inEdit', allowed: 'W E D', run: (ctx) => move(ctx, 'returned', 'inEdit') },
  { name: 'send to fact-check: inEdit → factCheck', allowed: 'E D', run: (ctx) => move(ctx, 'inEdit', 'factCheck') },
  { name: 'return with a reason: inEdit → returned', allowed: 'E D', run: (ctx) => move(ctx, 'inEdit', 'returned', 'ينقص مصدر الرقم') },
  { name: 'approve: factCheck → approved', allowed: 'F E D', run: (ctx) => move(ctx, 'factCheck', 'approved', undefined, { detected: true }) },
  { name: 'approve before the detector has run on the text', allowed: '', run: (ctx) => move(ctx, 'factCheck', 'approved') },
  { name: 'return with a reason: factCheck → returned', allowed: 'F E D', run: (ctx) => move(ctx, 'factCheck', 'returned', 'الرقم غير منسوب') },
  { name: 'withdraw: returned → draft', allowed: 'W E D', run: (ctx) => move(ctx, 'returned', 'draft') },
  { name: 'pull back: inEdit → draft', allowed: 'E D', run: (ctx) => move(ctx, 'inEdit', 'draft') },
  { name: 'approve without fact-check, saying why: inEdit → approved', allowed: 'E D', run: (ctx) => move(ctx, 'inEdit', 'approved', 'بيان رسمي بلا أرقام', { detected: true }) },
  { name: 'approve without fact-check and without a reason', allowed: '', run: (ctx) => move(ctx, 'inEdit', 'approved', undefined, { detected: true }) },
  { name: 'approve without fact-check before the detector has run on the text', allowed: '', run: (ctx) => move(ctx, 'inEdit', 'approved', 'بيان رسمي بلا أرقام') },
  { name: 'take back from fact-check: factCheck → inEdit', allowed: 'E D', run: (ctx) => move(ctx, 'factCheck', 'inEdit') },
  { name: 'reopen: approved → inEdit', allowed: 'E D', run: (ctx) => move(ctx, 'approved', 'inEdit') },
  { name: 'check again: approved → factCheck', allowed: 'E D', run: (ctx) => move(ctx, 'approved', 'factCheck') },
  { name: 'return without a reason', allowed: '', run: (ctx) => move(ctx, 'factCheck', 'returned') },
  { name: 'jump a draft straight to approved', allowed: '', run: (ctx) => move(ctx, 'draft', 'approved') },
  {
    name: 'rewrite the stage history',
    allowed: '',
    run: async ({ client }) => {
      const id = await article({ stage: 'inEdit' })
      await sys().update({
        collection: 'articles',
        id,
        data: { history: [{ from: null, to: 'draft', at: new Date().toISOString() }] },
        draft: true,
      })
      await client.updateArticle(id, { history: [] }, { draft: true })
      return ((await latest(id))?.history ?? []).length !== 1
    },
  },
  {
    name: 'publish an approved article',
    allowed: 'E D',
    run: async ({ client }) => {
      const id = await article({ stage: 'approved' })
      await client.updateArticle(id, { _status: 'published' })
      const doc = await live(id)
      return doc?._status === 'published' && doc.stage === 'published'
    },
  },
  {
    name: 'publish an article not yet approved',
    allowed: '',
    run: async ({ client }) => {
      const id = await article({ stage: 'inEdit', owner: 'writer' })
      await client.updateArticle(id, { _status: 'published' })
      return (await live(id))?._status === 'published'
    },
  },
  {
    name: 'unpublish',
    allowed: 'E D',
    run: async ({ client }) => {
      const id = await article({ stage: 'published' })
      await client.updateArticle(id, { _status: 'draft' })
      return (await live(id))?._status === 'draft'
    },
  },
  {
    name: 'schedule publication',
    allowed: 'E D',
    paths: ['local API'],
    where: "the admin's schedule-publish server function only",
    run: async ({ user }) => {
      const id = await article({ stage: 'approved' })
      if (user) await schedulePublication(t.payload, user, id, new Date(Date.now() + 3_600_000))
      return (await scheduledJobsFor(t.payload, id)).length === 1
    },
  },
  {
    name: "read an article's versions",
    allowed: 'W F E D',
    run: async ({ client }) => (await client.readVersions(await article())).ok,
  },
  {
    name: "read the claims of a writer's unpublished draft",
    allowed: 'W F E D',
    run: async ({ client }) => {
      const id = await claimOn(await article())
      return (await client.findDocs('claims', { article: { equals: id } })).ok
    },
  },
  {
    name: "read the claims of a writer's draft, looked up by their words",
    allowed: 'W F E D',
    run: async ({ client }) => {
      const id = await article()
      await claimOn(id, `قال المصدر ${++counter} إن الرقم صحيح`)
      return (await client.findDocs('claims', { 'anchor.quote': { like: `المصدر ${counter} ` } })).ok
    },
  },
  {
    name: 'read the claims of a published article (the reader site shows them itself)',
    allowed: 'W O F E D',
    run: async ({ client }) => {
      const id = await article({ stage: 'published' })
      await claimOn(id)
      return (await client.findDocs('claims', { article: { equals: id } })).ok
    },
  },
  {
    name: "read the internal notes on a writer's unpublished draft",
    allowed: 'W F E D',
    run: async ({ client }) => {
      const id = await article()
      await sys().create({ collection: 'comments', data: { article: id, body: 'ملاحظة داخلية على المسودة' } })
      return (await client.findDocs('comments', { article: { equals: id } })).ok
    },
  },
  {
    name: "write an internal note on a writer's unpublished draft",
    allowed: 'W F E D',
    run: async ({ client }) => {
      const id = await article()
      await client.createDoc('comments', { article: id, body: 'ملاحظة جديدة' })
      return (await sys().count({ collection: 'comments', where: { article: { equals: id } } })).totalDocs === 1
    },
  },
  {
    name: 'read the picture of an unpublished article (its files likewise)',
    allowed: 'W O F E D',
    run: async ({ client }) => {
      const media = await picture()
      await sys().create({ collection: 'articles', data: { title: `مقال بصورة ${++counter}`, heroImage: media, _status: 'draft' }, draft: true })
      return (await client.findDocs('media', { id: { equals: media } })).ok
    },
  },
  {
    name: 'read the picture of a published article',
    allowed: 'A W O F E D',
    run: async ({ client }) => {
      const media = await picture()
      await sys().create({ collection: 'articles', data: { title: `مقال بصورة ${++counter}`, heroImage: media, stage: 'published', _status: 'published' } })
      return (await client.findDocs('media', { id: { equals: media } })).ok
    },
  },
  {
    name: 'lock a document in someone else\'s name',
    allowed: '',
    run: async ({ actor, client }) => {
      const id = await article({ owner: self(actor) })
      const other = actor === 'admin' ? users.editor : users.admin
      await client.createDoc('payload-locked-documents', { document: { relationTo: 'articles', value: id }, user: { relationTo: 'users', value: other.id } })
      return (await locksOn(id)) > 0
    },
  },
  {
    name: "lock a writer's unpublished draft in their own name",
    allowed: 'W F E D',
    run: async ({ actor, client }) => {
      const id = await article()
      if (actor === 'anonymous') await client.createDoc('payload-locked-documents', { document: { relationTo: 'articles', value: id }, user: { relationTo: 'users', value: users.writer.id } })
      else await client.createDoc('payload-locked-documents', { document: { relationTo: 'articles', value: id }, user: { relationTo: 'users', value: users[actor].id } })
      return (await locksOn(id)) > 0
    },
  },
  {
    name: "lift someone else's lock",
    allowed: 'E D',
    run: async ({ actor, client }) => {
      const id = await article({ owner: self(actor) })
      await lockedBySomeoneElse(actor, id)
      const lock = await lockOn(id)
      await client.deleteDoc('payload-locked-documents', lock.id)
      return (await locksOn(id)) === 0
    },
  },
  {
    name: "hand someone else's lock to oneself",
    allowed: 'E D',
    run: async ({ actor, client }) => {
      const id = await article({ owner: self(actor) })
      await lockedBySomeoneElse(actor, id)
      const lock = await lockOn(id)
      await client.updateDoc('payload-locked-documents', lock.id, { user: { relationTo: 'users', value: users[self(actor)].id } })
      const after = await sys().findByID({ collection: 'payload-locked-documents', id: lock.id, depth: 0 })
      return idOf((after.user as { value: unknown }).value) === users[self(actor)].id
    },
  },
  {
    name: 'lift their own lock',
    allowed: 'W O F E D',
    run: async ({ actor, client }) => {
      const id = await article({ owner: self(actor) })
      const lock = await sys().create({
        collection: 'payload-locked-documents',
        data: { document: { relationTo: 'articles', value: id }, user: { relationTo: 'users', value: users[self(actor)].id } },
      })
      await client.deleteDoc('payload-locked-documents', lock.id)
      return (await locksOn(id)) === 0
    },
  },
  {
    name: 'take over a document someone else is editing (overrideLock)',
    allowed: 'E D',
    paths: ['REST', 'local API'],
    where: 'REST and local API: GraphQL has no overrideLock',
    run: async (ctx) => {
      const id = await article({ owner: self(ctx.actor) })
      await lockedBySomeoneElse(ctx.actor, id)
      if (ctx.actor === 'factChecker') {
        await ctx.client.updateArticle(id, { factCheckNotes: 'ملاحظة' }, { draft: true, overrideLock: true })
        return (await latest(id))?.factCheckNotes === 'ملاحظة'
      }
      return retitle(ctx, id, { draft: true, overrideLock: true })
    },
  },
  {
    name: 'create a user',
    allowed: 'D',
    run: async ({ client }) =>
      (await client.createUser({ email: `new-${++counter}@mirsad.test`, password: PASSWORD, name: 'جديد', role: 'writer' })).ok,
  },
  {
    name: "read a colleague's email address and role",
    allowed: 'F E D',
    run: async ({ actor, client }) => {
      const colleague = actor === 'otherWriter' ? users.writer : users.otherWriter
      const found = await client.findDocs('users', { id: { equals: colleague.id } }, ['id', 'email', 'role'])
      const doc = (found.doc as { docs?: Record<string, unknown>[] } | undefined)?.docs?.[0]
      return Boolean(found.ok && doc?.email === colleague.email && doc?.role === colleague.role)
    },
  },
  {
    name: "read a colleague's name",
    allowed: 'W O F E D',
    run: async ({ actor, client }) => {
      const colleague = actor === 'otherWriter' ? users.writer : users.otherWriter
      return (await client.findDocs('users', { name: { equals: colleague.name } })).ok
    },
  },
  {
    name: 'change their own role',
    allowed: '',
    run: async ({ actor, client }) => {
      if (actor === 'anonymous') return (await client.updateUser(users.writer.id, { role: 'admin' })).ok
      const me = users[actor]
      const wanted = me.role === 'admin' ? 'editor' : 'admin'
      await client.updateUser(me.id, { role: wanted })
      const after = await sys().findByID({ collection: 'users', id: me.id })
      if (after.role !== me.role) await sys().update({ collection: 'users', id: me.id, data: { role: me.role } })
      return after.role === wanted
    },
  },
  {
    name: 'unlock a locked-out account',
    allowed: 'D',
    run: async ({ client }) => {
      const locked = await sys().create({
        collection: 'users',
        data: { email: `locked-${++counter}@mirsad.test`, password: PASSWORD, name: 'مقفل', role: 'writer' },
      })
      await sys().db.updateOne({
        collection: 'users',
        id: locked.id,
        data: { loginAttempts: 5, lockUntil: new Date(Date.now() + 3_600_000).toISOString() },
      })
      await client.unlockUser(locked.email)
      const after = (await sys().db.findOne({ collection: 'users', where: { id: { equals: locked.id } } })) as { lockUntil?: string | null }
      return !after?.lockUntil
    },
  },
]

const INITIAL: Record<Actor, string> = { anonymous: 'A', writer: 'W', otherWriter: 'O', factChecker: 'F', editor: 'E', admin: 'D' }
const observed = new Map<string, boolean | null>()

function clientFor(actor: Actor, pathName: Path): Client {
  const user = actor === 'anonymous' ? null : users[actor]
  const token = actor === 'anonymous' ? null : tokens[actor]
  if (pathName === 'REST') return restClient(config, token)
  if (pathName === 'GraphQL') return graphqlClient(config, token)
  return localClient(t.payload, user)
}

beforeAll(async () => {
  t = await initTestPayload()
  for (const actor of ['admin', 'editor', 'writer', 'otherWriter', 'factChecker'] as const) {
    const role = actor === 'otherWriter' ? 'writer' : actor
    const email = `${actor.toLowerCase()}@mirsad.test`
    users[actor] = await sys().create({ collection: 'users', data: { email, password: PASSWORD, name: actor, role } })
    tokens[actor] = (await sys().login({ collection: 'users', data: { email, password: PASSWORD } })).token!
  }
})

afterAll(async () => {
  await t?.cleanup()
})

describe('permission matrix', () => {
  for (const operation of operations) {
    describe(operation.name, () => {
      for (const pathName of PATHS) {
        for (const actor of ACTORS) {
          const applies = !operation.paths || operation.paths.includes(pathName)
          const expected = operation.allowed.split(' ').includes(INITIAL[actor])
          const key = `${operation.name}|${pathName}|${actor}`
          if (!applies) {
            observed.set(key, null)
            continue
          }
          it(`should ${expected ? 'allow' : 'refuse'} ${actor} through ${pathName}`, async () => {
            const user = actor === 'anonymous' ? null : users[actor]
            const allowed = await operation.run({ actor, path: pathName, client: clientFor(actor, pathName), user })
            observed.set(key, allowed)
            expect(allowed).toBe(expected)
          })
        }
      }
    })
  }

  it('should document exactly the tested rules in docs/permissions.md', () => {
    const file = path.resolve('docs/permissions.md')
    const markdown = renderMatrix()
    const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, markdown)
    expect(before, 'docs/permissions.md was out of date: it has been rewritten, commit it').toBe(markdown)
  })
})

function renderMatrix(): string {
  const mark = (value: boolean | null | undefined) => (value === null ? '—' : value === undefined ? '?' : value ? '✅' : '❌')
  const header = `| operation | ${ACTORS.join(' | ')} |\n|---|${ACTORS.map(() => ':-:').join('|')}|`
  const rows = operations.map((operation) => {
    const cells = ACTORS.map((actor) => {
      const results = PATHS.map((pathName) => observed.get(`${operation.name}|${pathName}|${actor}`))
      const applied = results.filter((result) => result !== null)
      const same = applied.every((result) => result === applied[0])
      return same ? mark(applied[0]) : PATHS.map((pathName, i) => `${pathName}: ${mark(results[i])}`).join('<br>')
    })
    const note = operation.where ? ` (${operation.where})` : ''
    return `| ${operation.name}${note} | ${cells.join(' | ')} |`
  })
  return [
    '# Who may do what to articles, what belongs to them, and accounts',
    '',
    'Generated by `tests/int/permissions.int.spec.ts` from what the server actually allowed: every cell was',
    'tried through REST, GraphQL and the local API (`overrideAccess: false`), except where a row names its',
    'own path, and the paths agreed.',
    'Do not edit by hand: change the rules, then run `npm run test:int` and commit the rewritten file.',
    '',
    '`otherWriter` is a writer acting on another writer\'s article; "own" means created by or credited to the actor.',
    'What belongs to an article (its claims, internal notes, versions, document locks) follows the article\'s read rule:',
    'a writer reaches what belongs to public articles and to their own work; fact-checkers, editors and admins everything.',
    'A picture is public once a published article shows it (after its embargo) or it is a staff photo; staff see all.',
    '',
    header,
    ...rows,
    '',
  ].join('\n')
}
