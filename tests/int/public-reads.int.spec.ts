import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getPublishedArticle, listLatestArticles, listPublishedArticles } from '@/data/articles'
import { lexicalFromText } from '@/lib/lexical'

import { addUser, initTestPayload, type TestPayload } from './helpers/payload'

let t: TestPayload
let sectionId: number
const PUBLISHED = 'تقرير منشور عن جورا'
const DRAFT = 'مسودة سرية لم تنشر'
const PUBLISHED_THEN_EDITED = 'نص منشور قبل التعديل'
const UNPUBLISHED_EDIT = 'تعديل لم ينشر بعد'

beforeAll(async () => {
  t = await initTestPayload()
  const section = await t.payload.create({ collection: 'sections', data: { name: 'الساحل' } })
  sectionId = section.id
  const body = lexicalFromText('نص.') as never
  await t.payload.create({ collection: 'articles', data: { title: PUBLISHED, body, section: sectionId, _status: 'published' } })
  await t.payload.create({ collection: 'articles', data: { title: DRAFT, body, section: sectionId, _status: 'draft' }, draft: true })
  const edited = await t.payload.create({
    collection: 'articles',
    data: { title: PUBLISHED_THEN_EDITED, body, section: sectionId, _status: 'published' },
  })
  // A newer draft on a published article: readers must keep seeing the published text.
  await t.payload.update({ collection: 'articles', id: edited.id, data: { title: UNPUBLISHED_EDIT }, draft: true })
})

afterAll(async () => {
  await t?.cleanup()
})

describe('what the public can read', () => {
  it('should list only published articles on the home page', async () => {
    const titles = (await listLatestArticles('ar')).map((article) => article.title)
    expect(titles).toContain(PUBLISHED)
    expect(titles).toContain(PUBLISHED_THEN_EDITED)
    expect(titles).not.toContain(DRAFT)
    expect(titles).not.toContain(UNPUBLISHED_EDIT)
  })

  it('should list only published articles on a section page', async () => {
    const { articles } = await listPublishedArticles('ar', { section: { equals: sectionId } })
    const titles = articles.map((article) => article.title)
    expect(titles.sort()).toEqual([PUBLISHED, PUBLISHED_THEN_EDITED].sort())
  })

  it('should not find a draft by its slug', async () => {
    expect(await getPublishedArticle('ar', 'مسودة-سرية-لم-تنشر')).toBeNull()
    expect((await getPublishedArticle('ar', 'تقرير-منشور-عن-جورا'))?.title).toBe(PUBLISHED)
  })

  it('should hide drafts from an anonymous local-API read even when drafts are asked for', async () => {
    const { docs } = await t.payload.find({ collection: 'articles', overrideAccess: false, draft: true, limit: 50 })
    const titles = docs.map((doc) => doc.title)
    expect(titles).not.toContain(DRAFT)
    expect(titles).not.toContain(UNPUBLISHED_EDIT)
    expect(titles).toContain(PUBLISHED_THEN_EDITED)
  })

  it('should refuse anonymous reads of article versions', async () => {
    await expect(t.payload.findVersions({ collection: 'articles', overrideAccess: false })).rejects.toThrow()
  })

  it('should let editors read every draft, and writers only their own', async () => {
    const account = (email: string, role: 'admin' | 'editor' | 'writer') => addUser(t.payload, email, role)
    await account('first-admin@mirsad.test', 'admin')
    const editor = await account('editor@mirsad.test', 'editor')
    const writer = await account('writer@mirsad.test', 'writer')
    const own = await t.payload.create({
      collection: 'articles',
      data: { title: 'مسودة الكاتب نفسه' },
      draft: true,
      user: writer,
      overrideAccess: false,
    })
    const read = async (user: typeof editor) =>
      (await t.payload.find({ collection: 'articles', overrideAccess: false, user, draft: true, limit: 50 })).docs.map((doc) => doc.title)

    expect(await read(editor)).toEqual(expect.arrayContaining([DRAFT, own.title]))
    const writerSees = await read(writer)
    expect(writerSees).toContain(own.title)
    expect(writerSees).toContain(PUBLISHED)
    expect(writerSees).not.toContain(DRAFT)
  })
})
