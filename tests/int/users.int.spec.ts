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

describe('changing one’s own password or email', () => {
  const PASSWORD = 'a-long-test-password'
  const rest = async (user: User, data: Record<string, unknown>, token: string) => {
    const { restRequest } = await import('./helpers/clients')
    const { default: config } = await import('@payload-config')
    return restRequest(config, 'PATCH', `users/${user.id}?depth=0`, { headers: { authorization: `JWT ${token}` }, body: data })
  }
  const tokenOf = async (email: string, password = PASSWORD) => (await t.payload.login({ collection: 'users', data: { email, password } })).token!
  const signsIn = (email: string, password: string) =>
    t.payload.login({ collection: 'users', data: { email, password } }).then(
      () => true,
      () => false,
    )

  it('should refuse a new password without the current one, or with a wrong one, on REST and the local API', async () => {
    const person = await t.payload.create({ collection: 'users', data: account('writer', 'pw-change@mirsad.test') })
    const token = await tokenOf(person.email)
    for (const data of [{ password: 'another-long-password' }, { password: 'another-long-password', currentPassword: 'not-my-password' }]) {
      const response = await rest(person, data, token)
      expect(response.status).toBe(400)
      expect(JSON.stringify(await response.json())).toContain('current password')
    }
    await expect(t.payload.update({ collection: 'users', id: person.id, data: { password: 'another-long-password' }, user: person, overrideAccess: false })).rejects.toThrow('current password')
    expect(await signsIn(person.email, PASSWORD)).toBe(true)
    expect(await signsIn(person.email, 'another-long-password')).toBe(false)
  })

  it('should say on the current-password field whether it was left empty or is wrong', async () => {
    const person = await t.payload.create({ collection: 'users', data: account('writer', 'pw-which@mirsad.test') })
    const token = await tokenOf(person.email)
    const fieldErrors = async (data: Record<string, unknown>) => {
      const response = await rest(person, data, token)
      expect(response.status).toBe(400)
      const body = (await response.json()) as { errors: { data?: { errors?: { path: string; message: string }[] } }[] }
      return body.errors.flatMap((error) => error.data?.errors ?? [])
    }
    const empty = await fieldErrors({ password: 'another-long-password', currentPassword: '' })
    expect(empty).toHaveLength(1)
    expect(empty[0].path).toBe('currentPassword')
    expect(empty[0].message).toMatch(/^اكتب كلمة مرورك الحالية.* \/ Enter your current password/)
    const wrong = await fieldErrors({ password: 'another-long-password', currentPassword: 'not-my-password' })
    expect(wrong[0].path).toBe('currentPassword')
    expect(wrong[0].message).toMatch(/^كلمة المرور الحالية غير صحيحة.* \/ The current password is wrong/)
    expect(await signsIn(person.email, PASSWORD)).toBe(true)
  })

  it('should change the password when the current one is given, and never store or return it', async () => {
    const person = await t.payload.create({ collection: 'users', data: account('writer', 'pw-right@mirsad.test') })
    const response = await rest(person, { password: 'another-long-password', currentPassword: PASSWORD }, await tokenOf(person.email))
    expect(response.status).toBe(200)
    expect(JSON.stringify(await response.json())).not.toContain(PASSWORD)
    expect(await signsIn(person.email, 'another-long-password')).toBe(true)
    expect(await signsIn(person.email, PASSWORD)).toBe(false)
  })

  it('should ask for it before a new email too, but not for a change of name', async () => {
    const person = await t.payload.create({ collection: 'users', data: account('writer', 'mail-change@mirsad.test') })
    const token = await tokenOf(person.email)
    expect((await rest(person, { email: 'elsewhere@mirsad.test' }, token)).status).toBe(400)
    expect((await rest(person, { name: 'اسم جديد' }, token)).status).toBe(200)
    expect((await rest(person, { email: 'elsewhere@mirsad.test', currentPassword: PASSWORD }, token)).status).toBe(200)
    expect(await signsIn('elsewhere@mirsad.test', PASSWORD)).toBe(true)
  })

  it('should stop taking guesses at the current password after five wrong ones, for that account only', async () => {
    const person = await t.payload.create({ collection: 'users', data: account('writer', 'pw-guesses@mirsad.test') })
    const other = await t.payload.create({ collection: 'users', data: account('writer', 'pw-guesses-other@mirsad.test') })
    const token = await tokenOf(person.email)
    // Leaving the field empty is not a guess.
    for (let attempt = 0; attempt < 3; attempt++) expect((await rest(person, { password: 'another-long-password' }, token)).status).toBe(400)
    for (let attempt = 0; attempt < 5; attempt++) expect((await rest(person, { password: 'another-long-password', currentPassword: `guess-${attempt}` }, token)).status).toBe(400)
    const refused = await rest(person, { password: 'another-long-password', currentPassword: PASSWORD }, token)
    expect(refused.status).toBe(429)
    const message = JSON.stringify(await refused.json())
    expect(message).toContain('انتظر عشر دقائق')
    expect(message).toContain('wait ten minutes')
    expect(await signsIn(person.email, 'another-long-password')).toBe(false)
    expect((await rest(other, { password: 'another-long-password', currentPassword: PASSWORD }, await tokenOf(other.email))).status).toBe(200)
  })

  it('should let an admin reset someone else’s password with their own session only', async () => {
    const person = await t.payload.create({ collection: 'users', data: account('writer', 'reset-by-admin@mirsad.test') })
    const response = await rest(person, { password: 'reset-long-password' }, await tokenOf(admin.email))
    expect(response.status).toBe(200)
    expect(await signsIn(person.email, 'reset-long-password')).toBe(true)
  })
})
