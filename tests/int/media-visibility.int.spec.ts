import { GRAPHQL_POST, REST_GET } from '@payloadcms/next/routes'
import config from '@payload-config'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media, User } from '@/payload-types'

import { addUser, initTestPayload, type TestPayload } from './helpers/payload'

// A picture is public only once an article shows it to readers: before that, its document (alt text, caption)
// and its files are for staff only, on REST, GraphQL, the local API and the file route.

let t: TestPayload
let editor: User
let writer: User
let counter = 0

const picture = async (alt: string) => {
  const data = await sharp({ create: { width: 640, height: 360, channels: 3, background: '#8a6d3b' } }).png().toBuffer()
  return t.payload.create({ collection: 'media', data: { alt } as never, file: { data, name: `p-${++counter}.png`, mimetype: 'image/png', size: data.length } })
}

const article = (heroImage: number, data: Record<string, unknown> = {}, draft = false) =>
  t.payload.create({ collection: 'articles', data: { title: `مقال بصورة ${++counter}`, heroImage, ...data } as never, draft })

const rest = async (path: string, token?: string) => {
  const response = await REST_GET(config)(new Request(`http://localhost/api/${path}`, { headers: token ? { authorization: `JWT ${token}` } : {} }), {
    params: Promise.resolve({ slug: path.split('?')[0].split('/') }),
  })
  return { status: response.status, text: await response.text() }
}

const graphql = async (query: string) => {
  const response = await GRAPHQL_POST(config)(new Request('http://localhost/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }))
  return JSON.stringify(await response.json())
}

/** What an anonymous reader gets of a picture, on every path. */
async function publicly(media: Media) {
  const doc = await rest(`media/${media.id}`)
  const file = await rest(`media/file/${media.filename}`)
  const size = await rest(`media/file/${media.sizes!.thumbnail!.filename}`)
  const list = await rest(`media?where[id][equals]=${media.id}`)
  const viaGraphql = await graphql(`{ allMedia(where: { id: { equals: ${media.id} } }) { docs { alt } } }`)
  const local = await t.payload.find({ collection: 'media', where: { id: { equals: media.id } }, overrideAccess: false })
  const seen = [doc.status === 200, file.status === 200, size.status === 200, list.text.includes(media.alt), viaGraphql.includes(media.alt), local.docs.length === 1]
  // Every path agrees.
  expect(new Set(seen).size, JSON.stringify(seen)).toBe(1)
  return seen[0]
}

beforeAll(async () => {
  t = await initTestPayload()
  await addUser(t.payload, 'admin@mirsad.test', 'admin')
  editor = await addUser(t.payload, 'editor@mirsad.test', 'editor')
  writer = await addUser(t.payload, 'writer@mirsad.test', 'writer')
})

afterAll(async () => {
  await t?.cleanup()
})

describe('pictures of unpublished work', () => {
  it('should keep a picture nobody shows yet from the public, and show it to staff', async () => {
    const media = await picture('صورة وصلت من مراسل لم تنشر بعد')
    expect(await publicly(media)).toBe(false)
    const staff = await t.payload.find({ collection: 'media', where: { id: { equals: media.id } }, overrideAccess: false, user: writer })
    expect(staff.docs).toHaveLength(1)
  })

  it('should keep the hero of a draft from the public until the article is published, then show it', async () => {
    const media = await picture('صورة مقال ما زال في التحقق')
    const draft = await article(media.id, { _status: 'draft', stage: 'approved' }, true)
    expect(await publicly(media)).toBe(false)
    await t.payload.update({ collection: 'articles', id: draft.id, data: { _status: 'published' } as never, user: editor, overrideAccess: false })
    expect(await publicly(media)).toBe(true)
  })

  it('should hide the picture again when its only article is unpublished or deleted', async () => {
    const media = await picture('صورة مقال سحب من النشر')
    const published = await article(media.id, { _status: 'published', stage: 'published' })
    expect(await publicly(media)).toBe(true)
    await t.payload.update({ collection: 'articles', id: published.id, data: { _status: 'draft', stage: 'inEdit' } as never })
    expect(await publicly(media)).toBe(false)

    const other = await picture('صورة مقال حذف')
    const doomed = await article(other.id, { _status: 'draft' }, true)
    await t.payload.update({ collection: 'articles', id: doomed.id, data: { _status: 'published', stage: 'published' } as never })
    expect(await publicly(other)).toBe(true)
    await t.payload.db.updateOne({ collection: 'articles', id: doomed.id, data: { _status: 'draft' } })
    await t.payload.delete({ collection: 'articles', id: doomed.id })
    expect(await publicly(other)).toBe(false)
  })

  it('should hide the old hero once the published article shows another one', async () => {
    const before = await picture('الصورة الأولى')
    const after = await picture('الصورة البديلة')
    const published = await article(before.id, { _status: 'published', stage: 'published' })
    // A draft with the new picture first (the published article still shows the old one), then its publication.
    await t.payload.update({ collection: 'articles', id: published.id, data: { heroImage: after.id }, draft: true })
    expect(await publicly(before)).toBe(true)
    expect(await publicly(after)).toBe(false)
    await t.payload.update({ collection: 'articles', id: published.id, data: { heroImage: after.id, _status: 'published' } as never })
    expect(await publicly(before)).toBe(false)
    expect(await publicly(after)).toBe(true)
  })

  it('should keep an embargoed article’s picture private until the embargo ends, with no save in between', async () => {
    const media = await picture('صورة خبر محظور')
    const embargoUntil = new Date(Date.now() + 1500).toISOString()
    await article(media.id, { _status: 'published', stage: 'published', embargoUntil })
    expect(await publicly(media)).toBe(false)
    await expect.poll(() => publicly(media), { timeout: 10_000, interval: 250 }).toBe(true)
  })

  it('should make a staff photo public for the author page', async () => {
    const media = await picture('صورة الكاتبة')
    expect(await publicly(media)).toBe(false)
    await t.payload.update({ collection: 'users', id: writer.id, data: { photo: media.id } })
    expect(await publicly(media)).toBe(true)
  })
})
