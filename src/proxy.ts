import createMiddleware from 'next-intl/middleware'
import { type NextRequest, NextResponse } from 'next/server'

import { routing } from './i18n/routing'

const intl = createMiddleware(routing)

// Payload keeps the admin language in this cookie; the browser's language decides when it is missing.
const ADMIN_LANGUAGE_COOKIE = 'payload-lng'

export default function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith('/admin')) return arabicAdminByDefault(request)
  return intl(request)
}

/** The admin opens in Arabic for everyone until they choose English in their account settings. */
function arabicAdminByDefault(request: NextRequest) {
  if (request.cookies.has(ADMIN_LANGUAGE_COOKIE)) return NextResponse.next()
  request.cookies.set(ADMIN_LANGUAGE_COOKIE, 'ar')
  const response = NextResponse.next({ request })
  response.cookies.set(ADMIN_LANGUAGE_COOKIE, 'ar', { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  return response
}

export const config = {
  // Never the API, Next's internals or files; the admin only for its language cookie; and never a page whose
  // address starts with a language (ar, en: the list in src/i18n/locales.ts): the path says everything,
  // so readers' pages and Next's cache answer without it. Addresses without a language get redirected.
  matcher: ['/((?!api|_next|_vercel|next|(?:ar|en)(?:/|$)|.*\\..*).*)'],
}
