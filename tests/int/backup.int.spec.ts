import fs from 'node:fs'
import path from 'node:path'

import config from '@payload-config'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createBackup, restoreBackup } from '@/backup'
import { searchArticles } from '@/data/search'
import { seed } from '@/seed'

import { restRequest } from './helpers/clients'
import { contentHashes } from './helpers/content'
import { initTestPayload, type TestPayload } from './helpers/payload'

// Back up the demo newsroom, wipe it, restore it: every document, version and sign-in comes back.

let t: TestPayload
let dir: string

beforeAll(async () => {
  t = await initTestPayload()
  await seed(t.payload, { log: () => {} })
  dir = path.join(t.dir, 'backup')
})

afterAll(async () => {
  await t?.cleanup()
})

const contentHash = () => contentHashes(t.payload)

describe('backup and restore', () => {
  it('should bring back exactly what was backed up after the content is wiped', async () => {
    const before = await contentHash()
    const report = await createBackup(t.payload, dir)
    expect(report.collections.articles).toBe(6)
    expect(report.versions).toBeGreaterThan(6)
    expect(report.files).toBeGreaterThan(0)
    const exported = JSON.parse(fs.readFileSync(path.join(dir, 'export.json'), 'utf8'))
    expect(exported.collections.articles[0].title).toMatchObject({ ar: expect.any(String) })
    expect(exported.collections.users[0].hash).toEqual(expect.any(String))

    await t.payload.delete({ collection: 'claims', where: { id: { exists: true } }, overrideAccess: true })
    await t.payload.delete({ collection: 'articles', where: { id: { exists: true } }, overrideAccess: true })
    await t.payload.update({ collection: 'users', where: { email: { equals: 'editor@mirsad.local' } }, data: { name: 'عُدّل' }, overrideAccess: true })
    expect(await t.payload.count({ collection: 'articles', overrideAccess: true })).toMatchObject({ totalDocs: 0 })
    expect(await contentHash()).not.toEqual(before)

    const restored = await restoreBackup(t.payload, dir)
    expect(restored.rows).toBeGreaterThan(100)
    expect(await contentHash()).toEqual(before)
    const login = await restRequest(config, 'POST', 'users/login', { headers: { 'x-real-ip': '192.0.2.50' }, body: { email: 'editor@mirsad.local', password: 'mirsad-demo-2025' } })
    expect(login.status).toBe(200)
  })

  it('should bring everything back from the portable export alone, the way MongoDB restores', async () => {
    const before = await contentHashes(t.payload)
    await createBackup(t.payload, dir)
    await t.payload.delete({ collection: 'claims', where: { id: { exists: true } }, overrideAccess: true })
    await t.payload.delete({ collection: 'articles', where: { id: { exists: true } }, overrideAccess: true })
    await t.payload.update({ collection: 'users', where: { email: { equals: 'writer@mirsad.local' } }, data: { name: 'عُدّل' }, overrideAccess: true })
    await t.payload.updateGlobal({ slug: 'settings', data: { digits: 'arab' }, overrideAccess: true })

    const restored = await restoreBackup(t.payload, dir, () => {}, { fromExport: true })
    expect(restored.from).toBe('export')
    const { versionIds: _newIds, ...after } = await contentHashes(t.payload)
    const { versionIds: _oldIds, ...expected } = before
    expect(after).toEqual(expected)
    const login = await restRequest(config, 'POST', 'users/login', { headers: { 'x-real-ip': '192.0.2.51' }, body: { email: 'writer@mirsad.local', password: 'mirsad-demo-2025' } })
    expect(login.status).toBe(200)
    // The search index came back with its entries.
    expect((await searchArticles('ar', 'جورا')).total).toBeGreaterThan(0)

    // Over a full database too: everything that points at an article is emptied before the articles.
    await restoreBackup(t.payload, dir, () => {}, { fromExport: true })
    const { versionIds: _againIds, ...again } = await contentHashes(t.payload)
    expect(again).toEqual(expected)
  })

  it('should leave the database as it was when an export is broken halfway', async () => {
    const before = await contentHashes(t.payload)
    const broken = path.join(t.dir, 'broken-export')
    fs.mkdirSync(broken, { recursive: true })
    const exported = JSON.parse(fs.readFileSync(path.join(dir, 'export.json'), 'utf8'))
    // A claim pointing at an article the export does not hold: refused when the references are checked.
    exported.collections.claims[0].article = 999_999
    fs.writeFileSync(path.join(broken, 'export.json'), JSON.stringify(exported))
    await expect(restoreBackup(t.payload, broken, () => {}, { fromExport: true })).rejects.toThrow(/claims → articles/)
    expect(await contentHashes(t.payload)).toEqual(before)
  })

  it('should leave the database as it was when a snapshot is missing or broken', async () => {
    const before = await contentHash()
    await expect(restoreBackup(t.payload, path.join(t.dir, 'no-such-backup'))).rejects.toThrow(/No export/)
    const broken = path.join(t.dir, 'broken')
    fs.mkdirSync(broken, { recursive: true })
    fs.writeFileSync(path.join(broken, 'mirsad.db'), 'not a database')
    await expect(restoreBackup(t.payload, broken)).rejects.toThrow()
    expect(await contentHash()).toEqual(before)
  })
})
