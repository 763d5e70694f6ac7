import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getPublishedArticle, getRenamedArticleSlug } from '@/data/articles'
import { listFeedItems, listSitemapArticles } from '@/data/feeds'
import { articlePaths } from '@/data/revalidate'
import { getAuthor, getTerm } from '@/data/terms'
import type { User } from '@/payload-types'

import { addUser, initTestPayload, publishAs, type TestPayload } from './helpers/payload'

// What the reader's pages, feeds and revalidation read: published and past embargo only.

let t: TestPayload
let editor: User
let writer: User
let sectionId: number

beforeAll(async () => {
  t = await initTestPayload()
  await addUser(t.payload, 'admin@mirsad.test', 'admin')
  editor = await addUser(t.payload, 'editor@mirsad.test', 'editor')
  writer = await addUser(t.payload, 'writer@mirsad.test', 'writer')
  sectionId = (await t.payload.create({ collection: 'sections', data: { name: 'الساحل' } })).id
})

afterAll(async () => {
  await t?.cleanup()
})

const as = () => ({ user: editor, overrideAccess: false }) as const

const publish = (title: string, extra: Record<string, unknown> = {}) => publishAs(t.payload, editor, { title, section: sectionId, ...extra })

describe('reader pages', () => {
  it('should keep a renamed article reachable from its old address', async () => {
    const article = await publish('خبر سيتغير عنوانه')
    const oldSlug = article.slug!
    await t.payload.update({ collection: 'articles', id: article.id, data: { slug: 'عنوان-جديد', _status: 'published' }, ...as() })
    expect(await getPublishedArticle('ar', oldSlug)).toBeNull()
    expect(await getRenamedArticleSlug(oldSlug)).toBe('عنوان-جديد')
    // A draft save with yet another slug changes nothing readers see.
    await t.payload.update({ collection: 'articles', id: article.id, data: { slug: 'مسودة-عنوان' }, draft: true, ...as() })
    expect(await getRenamedArticleSlug('عنوان-جديد')).toBeNull()
    expect((await getPublishedArticle('ar', 'عنوان-جديد'))?.title).toBe('خبر سيتغير عنوانه')
  })

  it('should list the revalidated pages of a change: home, feed, article, every page of its section, sitemaps', async () => {
    const article = await publish('خبر لإعادة التحقق')
    const req = await createLocalReq({}, t.payload)
    const paths = (await articlePaths(req, [article])).map((path) => decodeURIComponent(path))
    expect(paths).toEqual(
      expect.arrayContaining(['/ar', '/en', '/ar/feed.xml', `/ar/articles/${article.slug}`, `/en/articles/${article.slug}`, '/ar/sections/الساحل', '/ar/sections/الساحل/2', '/ar/sections/الساحل/feed.xml', '/sitemap.xml', '/news-sitemap.xml']),
    )
    expect(await articlePaths(req, [{ ...article, _status: 'draft' }])).toEqual([])
  })

  it('should leave drafts and embargoed articles out of feeds and sitemaps', async () => {
    await publish('خبر منشور للخلاصة')
    await publish('خبر محظور للخلاصة', { embargoUntil: new Date(Date.now() + 3_600_000).toISOString() })
    await t.payload.create({ collection: 'articles', data: { title: 'مسودة للخلاصة' } as never, draft: true })
    const feed = (await listFeedItems('ar')).map((item) => item.title)
    expect(feed).toContain('خبر منشور للخلاصة')
    expect(feed).not.toContain('خبر محظور للخلاصة')
    expect(feed).not.toContain('مسودة للخلاصة')
    expect((await listFeedItems('ar', sectionId)).map((item) => item.title)).toContain('خبر منشور للخلاصة')
    const recent = (await listSitemapArticles('ar', new Date(Date.now() - 60_000))).map((item) => item.title)
    expect(recent).toContain('خبر منشور للخلاصة')
    expect(recent).not.toContain('خبر محظور للخلاصة')
  })

  it('should show an author page only for someone with a published article, and only public fields', async () => {
    const slugOf = async (user: User) => (await t.payload.findByID({ collection: 'users', id: user.id })).slug!
    expect(await getAuthor('ar', await slugOf(writer))).toBeNull()
    await publish('خبر بقلم الكاتبة', { authors: [writer.id] })
    const author = await getAuthor('ar', await slugOf(writer))
    expect(author).toMatchObject({ name: writer.name })
    expect(Object.keys(author!).sort()).toEqual(['bio', 'id', 'name', 'photo', 'slug'])
  })

  it('should give a place page its names and where it is', async () => {
    await t.payload.create({ collection: 'places', data: { name: 'كيدال', nameFr: 'Kidal', aliases: [{ alias: 'Kidaal' }], region: 'كيدال', country: 'مالي', coordinates: { latitude: 18.44, longitude: 1.41 } } })
    expect(await getTerm('places', 'ar', 'كيدال')).toMatchObject({ name: 'كيدال', otherNames: ['Kidal', 'Kidaal'], country: 'مالي', coordinates: { latitude: 18.44, longitude: 1.41 } })
  })
})
