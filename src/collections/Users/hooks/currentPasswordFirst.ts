import crypto from 'node:crypto'

import type { CollectionBeforeChangeHook } from 'payload'

import { fieldError, refusal } from '@/collections/errors'
import { rateLimiter } from '@/lib/rate-limit'

// Changing one's own password or email needs the current password: a session left open on a shared computer
// in a newsroom, or a stolen cookie, must not be enough to take the account over. (An admin setting someone
// else's password — a reset — needs only their own session.)

/**
 * Wrong current passwords, counted per account (across instances with REDIS_URL): five in ten minutes and the
 * account's own changes wait. Payload's login counter cannot be used: a refused change rolls its transaction back.
 */
export const currentPasswordGuesses = rateLimiter({ name: 'current-password', limit: 5, windowMs: 10 * 60 * 1000 })

/**
 * Whether `password` matches Payload's stored hash. Payload writes a self-describing hash ("pbkdf2-sha256-v1:"
 * then the key; older accounts a bare 512-byte key of 25,000 rounds); tests/int/users.int.spec.ts checks this
 * against hashes Payload itself made, so a change of format fails there, closed.
 */
async function matches(password: string, stored: { hash?: unknown; salt?: unknown }): Promise<boolean> {
  if (typeof stored.hash !== 'string' || typeof stored.salt !== 'string') return false
  const current = stored.hash.startsWith('pbkdf2-sha256-v1:')
  const expected = Buffer.from(current ? stored.hash.slice('pbkdf2-sha256-v1:'.length) : stored.hash, 'hex')
  const [rounds, length] = current ? [600_000, 32] : [25_000, 512]
  const actual = await new Promise<Buffer>((resolve, reject) =>
    crypto.pbkdf2(password, stored.salt as string, rounds, length, 'sha256', (error, key) => (error ? reject(error) : resolve(key))),
  )
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected)
}

export const currentPasswordFirst: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const { currentPassword, ...rest } = data as { currentPassword?: unknown } & Record<string, unknown>
  if (operation !== 'update' || !req.user || !originalDoc || String(originalDoc.id) !== String(req.user.id)) return rest
  const changesPassword = typeof data.password === 'string' && data.password.length > 0
  const changesEmail = typeof data.email === 'string' && data.email.trim().toLowerCase() !== String(originalDoc.email ?? '').toLowerCase()
  if (!changesPassword && !changesEmail) return rest
  const account = `user:${originalDoc.id}`
  if (await currentPasswordGuesses.exhausted(account)) {
    throw refusal(
      req,
      429,
      'كُتبت كلمة المرور الحالية خطأً مرات كثيرة: انتظر عشر دقائق ثم حاول مجددًا',
      'The current password was entered wrongly too many times: wait ten minutes and try again',
    )
  }
  const stored = await req.payload.db.findOne<{ id: number; hash?: string; salt?: string }>({ collection: 'users', where: { id: { equals: originalDoc.id } }, req })
  if (typeof currentPassword !== 'string' || !currentPassword) {
    fieldError(req, 'users', [
      {
        path: 'currentPassword',
        message: 'اكتب كلمة مرورك الحالية: لا تتغير كلمة المرور ولا البريد الإلكتروني من دونها / Enter your current password: your password or email cannot change without it',
      },
    ])
  }
  if (!stored || !(await matches(currentPassword, stored))) {
    await currentPasswordGuesses.allow(account)
    fieldError(req, 'users', [
      {
        path: 'currentPassword',
        message: 'كلمة المرور الحالية غير صحيحة: اكتبها كما هي / The current password is wrong: enter it exactly as it is',
      },
    ])
  }
  return rest
}
