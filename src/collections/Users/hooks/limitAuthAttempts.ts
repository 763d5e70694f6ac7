import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { refusal } from '@/collections/errors'

import { rateLimiter } from '@/lib/rate-limit'

const WINDOW_MS = 10 * 60 * 1000

// Per address, whatever account is tried: slows down guessing across accounts (each account also locks itself
// after five wrong passwords, see maxLoginAttempts). LOGIN_RATE_LIMIT raises it where many people share one
// address (or for the test suite, which signs in dozens of times from one); FORGOT_PASSWORD_RATE_LIMIT does the
// same for password reset requests (the benchmark sends hundreds).
export const loginLimiter = rateLimiter({ limit: Number(process.env.LOGIN_RATE_LIMIT) || 30, windowMs: WINDOW_MS })
export const forgotPasswordLimiter = rateLimiter({ limit: Number(process.env.FORGOT_PASSWORD_RATE_LIMIT) || 5, windowMs: WINDOW_MS })

/**
 * The client's address: X-Real-IP as set by our nginx (it overwrites whatever the client sent), else the last
 * X-Forwarded-For entry (the one the nearest proxy added), else one shared bucket.
 */
export function clientAddress(req: PayloadRequest): string {
  const real = req.headers.get('x-real-ip')?.trim()
  if (real) return real
  const forwarded = req.headers.get('x-forwarded-for')?.split(',').map((entry) => entry.trim()).filter(Boolean)
  return forwarded?.at(-1) ?? 'direct'
}

/** Login and forgot-password, on every path (REST, GraphQL, admin), answer 429 past their limit. */
export const limitAuthAttempts: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const limiter = operation === 'login' ? loginLimiter : operation === 'forgotPassword' ? forgotPasswordLimiter : null
  if (limiter && !limiter.allow(clientAddress(req))) {
    throw refusal(req, 429, 'محاولات كثيرة من هذا العنوان: انتظر عشر دقائق ثم حاول مجددًا', 'Too many attempts from this address: wait ten minutes and try again')
  }
  return args
}
