import fs from 'node:fs'

import config from '@payload-config'
import { createLocalReq, initTransaction, killTransaction } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { restRequest } from './helpers/clients'
import { addUser, initTestPayload, type TestPayload, tokenFor } from './helpers/payload'

// The process-wide write lock of the SQLite adapter (src/db/sqlite.ts) never makes a request wait on itself:
// these paths write again from inside their own write or transaction, and used to stall 30 s and answer 500.

let t: TestPayload
let editor: User
let token: string

beforeAll(async () => {
  t = await initTestPayload()
  await addUser(t.payload, 'admin@mirsad.test', 'admin')
  editor = await addUser(t.payload, 'editor@mirsad.test', 'editor')
  token = await tokenFor(t.payload, editor.email)
})

afterAll(async () => {
  await t?.cleanup()
})

/** Runs `request` and says how long it took. */
async function timed<T>(request: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now()
  const result = await request()
  return { result, ms: performance.now() - started }
}

describe('writes that write again', () => {
  it('should answer a forgot-password request at once (it reserves the account outside its own transaction)', async () => {
    const { result, ms } = await timed(() => restRequest(config, 'POST', 'users/forgot-password', { body: { email: editor.email } }))
    expect(result.status).toBe(200)
    expect(ms).toBeLessThan(3000)
    const user = await t.payload.findByID({ collection: 'users', id: editor.id, showHiddenFields: true })
    expect(user.resetPasswordToken).toBeTruthy()
  })

  it('should save an admin preference at once (an upsert is an update that creates)', async () => {
    for (const value of [{ columns: ['title'] }, { columns: ['title', 'stage'] }]) {
      const { result, ms } = await timed(() =>
        restRequest(config, 'POST', 'payload-preferences/collection-articles', { headers: { authorization: `JWT ${token}` }, body: { value } }),
      )
      expect(result.status).toBe(200)
      expect(ms).toBeLessThan(3000)
    }
    const { docs } = await t.payload.find({ collection: 'payload-preferences', where: { key: { equals: 'collection-articles' } } })
    expect(docs).toHaveLength(1)
    expect(docs[0].value).toEqual({ columns: ['title', 'stage'] })
  })

  it('should let a hook that forgot `req` write inside the save that called it, and roll back with it', async () => {
    const { payload } = t
    const section = await payload.create({ collection: 'sections', data: { name: 'قسم للتجربة', slug: 'lock-test' } as never })
    // A transaction that, inside, calls the local API with no `req` (the mistake that used to deadlock).
    const req = await createLocalReq({}, payload)
    expect(await initTransaction(req)).toBe(true)
    const { ms } = await timed(async () => {
      await payload.update({ collection: 'sections', id: section.id, data: { name: 'اسم داخل المعاملة' } as never, req })
      await payload.update({ collection: 'sections', id: section.id, data: { description: 'بلا req' } as never })
    })
    expect(ms).toBeLessThan(3000)
    await killTransaction(req)
    const after = await payload.findByID({ collection: 'sections', id: section.id })
    expect(after.name).toBe('قسم للتجربة')
    expect((after as { description?: string | null }).description ?? null).toBeNull()
  })

  it('should still make two independent saves take turns', async () => {
    const { payload } = t
    const sections = await Promise.all(
      [1, 2, 3, 4].map((n) => payload.create({ collection: 'sections', data: { name: `قسم ${n}`, slug: `turns-${n}` } as never })),
    )
    await Promise.all(sections.map((section, n) => payload.update({ collection: 'sections', id: section.id, data: { name: `قسم معدّل ${n}` } as never })))
    const { docs } = await payload.find({ collection: 'sections', where: { slug: { like: 'turns-' } }, sort: 'slug' })
    expect(docs.map((doc) => doc.name)).toEqual(['قسم معدّل 0', 'قسم معدّل 1', 'قسم معدّل 2', 'قسم معدّل 3'])
  })
})

describe('the connections transactions open', () => {
  const openFiles = () => fs.readdirSync('/proc/self/fd').length

  it('should close each transaction’s connection when it ends: thousands of saves hold no more files than ten', async () => {
    const { payload } = t
    const section = await payload.create({ collection: 'sections', data: { name: 'قسم الاتصالات', slug: 'connections' } as never })
    // Past the first transactions, so that whatever a process opens once (the WAL index, caches) is open already.
    for (let n = 0; n < 20; n++) await payload.update({ collection: 'sections', id: section.id, data: { name: `قسم ${n}` } as never })
    const before = openFiles()
    // Committed, rolled back and failed, as saves end; 1,500 of them (about 3,000 files if each left its connection open).
    for (let n = 0; n < 500; n++) {
      await payload.update({ collection: 'sections', id: section.id, data: { name: `قسم الاتصالات ${n}` } as never })
      const req = await createLocalReq({}, payload)
      await initTransaction(req)
      await payload.update({ collection: 'sections', id: section.id, data: { name: 'لن يبقى' } as never, req })
      await killTransaction(req)
      await payload.update({ collection: 'sections', id: section.id, data: { slug: '' } as never }).catch(() => null)
    }
    expect(openFiles() - before).toBeLessThanOrEqual(10)
    const after = await payload.findByID({ collection: 'sections', id: section.id })
    expect(after.name).toBe('قسم الاتصالات 499')
  })
})
