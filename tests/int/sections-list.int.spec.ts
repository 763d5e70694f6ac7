import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { listSections } from '@/data/sections'

import { initTestPayload, type TestPayload } from './helpers/payload'

// The header's section list is kept between requests (src/data/sections.ts) only while the sections stay as
// they were: a new, renamed or removed section shows on the next page, whichever process wrote it.

let t: TestPayload

beforeAll(async () => {
  t = await initTestPayload()
})

afterAll(async () => {
  await t?.cleanup()
})

const names = async (locale: 'ar' | 'en' = 'ar') => (await listSections(locale)).map((section) => section.name)

describe('the section list every page shows', () => {
  it('should show a section created, renamed or removed since it was last read', async () => {
    const system = { overrideAccess: true } as const
    const before = await names()
    expect(await listSections('ar')).toBe(await listSections('ar'))
    const created = await t.payload.create({ collection: 'sections', data: { name: 'الاقتصاد', slug: 'economy' }, locale: 'ar', ...system })
    expect(await names()).toEqual([...before, 'الاقتصاد'].sort((a, b) => a.localeCompare(b)))
    await t.payload.update({ collection: 'sections', id: created.id, data: { name: 'Economy' }, locale: 'en', ...system })
    expect(await names('en')).toContain('Economy')
    await t.payload.update({ collection: 'sections', id: created.id, data: { name: 'المال والأعمال' }, locale: 'ar', ...system })
    expect(await names()).toContain('المال والأعمال')
    expect(await names()).not.toContain('الاقتصاد')
    // Straight to the database, as another process's write reaches it.
    await t.payload.db.updateOne({ collection: 'sections', id: created.id, data: { slug: 'business', updatedAt: new Date(Date.now() + 1000).toISOString() } })
    expect((await listSections('ar')).map((section) => section.slug)).toContain('business')
    await t.payload.delete({ collection: 'sections', id: created.id, ...system })
    expect(await names()).toEqual(before)
  })
})
