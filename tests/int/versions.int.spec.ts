import config from '@payload-config'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getPublishedArticle } from '@/data/articles'
import { lexicalFromText, textFromLexical } from '@/lib/lexical'
import type { Article, User } from '@/payload-types'

import { restRequest } from './helpers/clients'
import { addUser, initTestPayload, publishAs, type TestPayload, tokenFor } from './helpers/payload'

// Restoring an earlier version gives back exactly that version, as a draft: readers keep the published text
// until an editor publishes the restored one.

let t: TestPayload
let editor: User
let token: string
let tags: number[]

const as = () => ({ user: editor, overrideAccess: false }) as const
/** What an editor wrote in a version: every field a restore must give back. */
const written = (doc: Partial<Article>) => ({
  title: doc.title,
  dek: doc.dek,
  body: textFromLexical(doc.body as never),
  bodyState: doc.body,
  tags: (doc.tags ?? []).map((tag) => (typeof tag === 'object' ? tag.id : tag)),
  section: typeof doc.section === 'object' ? doc.section?.id : doc.section,
  slug: doc.slug,
  factCheckNotes: doc.factCheckNotes,
})

beforeAll(async () => {
  t = await initTestPayload()
  await addUser(t.payload, 'admin@mirsad.test', 'admin')
  editor = await addUser(t.payload, 'editor@mirsad.test', 'editor')
  token = await tokenFor(t.payload, editor.email)
  tags = []
  for (const name of ['مالي', 'موبتي']) tags.push((await t.payload.create({ collection: 'tags', data: { name }, locale: 'ar' })).id)
})

afterAll(async () => {
  await t?.cleanup()
})

describe('restoring a version', () => {
  it('should give back exactly the chosen version as a draft, keep the published text public until publication, then publish it', async () => {
    const published = await publishAs(t.payload, editor, { title: 'الرواية المنشورة', dek: 'موجز منشور', body: 'نص منشور عن الهجوم.', tags: [tags[0]] })
    const id = published.id
    const slug = published.slug!
    await t.payload.update({ collection: 'articles', id, draft: true, data: { title: 'مسودة ثانية', dek: 'موجز ثان', body: lexicalFromText('نص ثان فيه 40 قتيلًا.\n\nوفقرة أخرى.') as never, tags: tags, factCheckNotes: 'ملاحظة ثانية' }, ...as() })
    await t.payload.update({ collection: 'articles', id, draft: true, data: { title: 'مسودة ثالثة', dek: null, body: lexicalFromText('نص ثالث.') as never, tags: [] }, ...as() })

    const { docs: versions } = await t.payload.findVersions({ collection: 'articles', where: { parent: { equals: id } }, sort: '-createdAt', locale: 'ar', depth: 0, limit: 10, ...as() })
    const second = versions.find((entry) => entry.version.title === 'مسودة ثانية')!
    expect(second).toBeDefined()
    const chosen = written(second.version)

    // Through the REST route the admin's "restore" button calls, as a draft.
    const response = await restRequest(config, 'POST', `articles/versions/${second.id}?draft=true&locale=ar&depth=0`, { headers: { authorization: `JWT ${token}` } })
    expect(response.status, await response.clone().text()).toBe(200)

    const latest = await t.payload.findByID({ collection: 'articles', id, draft: true, locale: 'ar', depth: 0, ...as() })
    expect(written(latest)).toEqual(chosen)
    expect(latest._status).toBe('draft')

    // Readers: still the published version, on every public path.
    const anonymous = await t.payload.findByID({ collection: 'articles', id, locale: 'ar', depth: 0, overrideAccess: false, draft: true })
    expect(anonymous.title).toBe('الرواية المنشورة')
    expect(textFromLexical(anonymous.body as never)).toBe('نص منشور عن الهجوم.')
    const rest = await restRequest(config, 'GET', `articles/${id}?draft=true&locale=ar&depth=0`)
    expect(((await rest.json()) as Article).title).toBe('الرواية المنشورة')
    expect((await getPublishedArticle('ar', slug))?.title).toBe('الرواية المنشورة')

    // Published by an editor (a changed text needs its public note): now readers get the restored version.
    const republished = await t.payload.update({
      collection: 'articles',
      id,
      locale: 'ar',
      depth: 0,
      data: { _status: 'published', corrections: [...(latest.corrections ?? []), { kind: 'update', note: 'أُعيد نص سابق بعد مراجعة.' }] },
      ...as(),
    })
    expect(written(republished)).toEqual(chosen)
    const page = await getPublishedArticle('ar', slug)
    expect(page?.title).toBe('مسودة ثانية')
  })
})
