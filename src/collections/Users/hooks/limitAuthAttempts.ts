import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { refusal } from '@/collections/errors'

import { clientAddress } from '@/lib/client-address'
import { limitKey, rateLimiter } from '@/lib/rate-limit'
import { socketAddress } from '@/lib/socket-address'

const WINDOW_MS = 10 * 60 * 1000

// Per address, whatever account is tried: slows down guessing across accounts (each account also locks itself
// after five wrong passwords, see maxLoginAttempts). LOGIN_RATE_LIMIT raises it where many people share one
// address (or for the test suite, which signs in dozens of times from one); FORGOT_PASSWORD_RATE_LIMIT does the
// same for password reset requests (the benchmark sends hundreds). With REDIS_URL every app instance counts the same
// attempts (src/lib/rate-limit.ts).
export const loginLimiter = rateLimiter({ name: 'login', limit: Number(process.env.LOGIN_RATE_LIMIT) || 30, windowMs: WINDOW_MS })
export const forgotPasswordLimiter = rateLimiter({ name: 'forgot-password', limit: Number(process.env.FORGOT_PASSWORD_RATE_LIMIT) || 5, windowMs: WINDOW_MS })

/** Who is trying, for the limits: the client's address as the socket and TRUSTED_PROXIES say, else the account tried. */
export function attemptKey(req: PayloadRequest, data: { email?: unknown; username?: unknown } | undefined): string {
  const address = clientAddress({ socket: socketAddress(req.headers), forwardedFor: req.headers?.get('x-forwarded-for'), realIP: req.headers?.get('x-real-ip') })
  return limitKey(address, data?.email ?? data?.username)
}

/** Login and forgot-password, on every path (REST, GraphQL, admin), answer 429 past their limit. */
export const limitAuthAttempts: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const limiter = operation === 'login' ? loginLimiter : operation === 'forgotPassword' ? forgotPasswordLimiter : null
  if (limiter && !(await limiter.allow(attemptKey(req, (args as { data?: { email?: unknown; username?: unknown } }).data)))) {
    throw refusal(req, 429, 'محاولات كثيرة من هذا العنوان: انتظر عشر دقائق ثم حاول مجددًا', 'Too many attempts from this address: wait ten minutes and try again')
  }
  return args
}
