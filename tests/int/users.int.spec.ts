import { REST_POST } from '@payloadcms/next/routes'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { initTestPayload, type TestPayload } from './helpers/payload'

let t: TestPayload
let admin: User
let editor: User
let writer: User

const account = (role: User['role'], email: string) => ({ email, password: 'a-long-test-password', name: email.split('@')[0], role })

beforeAll(async () => {
  t = await initTestPayload()
  // The very first account, through the endpoint behind the admin's "create first user" screen.
  const { default: config } = await import('@payload-config')
  const response = await REST_POST(config)(
    new Request('http://localhost/api/users/first-register', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'first@mirsad.test', password: 'a-long-test-password', name: 'الأول' }),
    }),
    { params: Promise.resolve({ slug: ['users', 'first-register'] }) },
  )
  expect(response.status).toBe(200)
  admin = ((await response.json()) as { user: User }).user
  editor = await t.payload.create({ collection: 'users', data: account('editor', 'editor@mirsad.test') })
  writer = await t.payload.create({ collection: 'users', data: account('writer', 'writer@mirsad.test') })
})

afterAll(async () => {
  await t?.cleanup()
})

describe('users and roles', () => {
  it('should make the first account on an empty database an admin', () => {
    expect(admin.role).toBe('admin')
  })

  it('should give later accounts the writer role when none is given', async () => {
    const user = await t.payload.create({
      collection: 'users',
      // No role on purpose: the default must apply.
      data: { email: 'nobody@mirsad.test', password: 'a-long-test-password', name: 'بلا دور' } as never,
    })
    expect(user.role).toBe('writer')
  })

  it('should let only admins create accounts', async () => {
    for (const actor of [editor, writer]) {
      await expect(
        t.payload.create({ collection: 'users', data: account('writer', `by-${actor.role}@mirsad.test`), user: actor, overrideAccess: false }),
      ).rejects.toThrow()
    }
    const created = await t.payload.create({
      collection: 'users',
      data: account('factChecker', 'checker@mirsad.test'),
      user: admin,
      overrideAccess: false,
    })
    expect(created.role).toBe('factChecker')
  })

  it('should never let a non-admin raise their own role', async () => {
    const updated = await t.payload.update({
      collection: 'users',
      id: writer.id,
      data: { role: 'admin', name: 'كاتبة' },
      user: writer,
      overrideAccess: false,
    })
    expect(updated.name).toBe('كاتبة')
    expect(updated.role).toBe('writer')
  })

  it('should not let a writer edit someone else', async () => {
    await expect(
      t.payload.update({ collection: 'users', id: editor.id, data: { name: 'x' }, user: writer, overrideAccess: false }),
    ).rejects.toThrow()
  })

  it('should let an admin change a role', async () => {
    const promoted = await t.payload.update({
      collection: 'users',
      id: writer.id,
      data: { role: 'editor' },
      user: admin,
      overrideAccess: false,
    })
    expect(promoted.role).toBe('editor')
  })

  it('should hide the staff list from the public', async () => {
    await expect(t.payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow()
  })
})
