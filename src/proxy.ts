import createMiddleware from 'next-intl/middleware'
import { type NextRequest, NextResponse } from 'next/server'

import { defaultLocale, isLocale } from './i18n/locales'
import { routing } from './i18n/routing'

const intl = createMiddleware(routing)

// No reader route starts with it, so the catch-all ([...rest]) answers: the localised 404.
const MISSING_LANGUAGE_SEGMENT = '_language'

// Payload keeps the admin language in this cookie; the browser's language decides when it is missing.
const ADMIN_LANGUAGE_COOKIE = 'payload-lng'

// A first segment written like a language tag (fr, pt-BR, zh-Hant): an address in a language the site does not have.
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i

export default function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith('/admin')) return arabicAdminByDefault(request)
  if (isOtherLanguage(request.nextUrl.pathname)) return missingLanguage(request)
  return intl(request)
}

function isOtherLanguage(pathname: string): boolean {
  const first = pathname.split('/')[1] ?? ''
  return LANGUAGE_TAG.test(first) && !isLocale(first.toLowerCase())
}

/**
 * /fr and everything under it answer 404 where they were asked, with the Arabic missing page, rather than a
 * redirect to /ar/fr (a second request that ends in the same 404). The page under /ar that no route has answers.
 */
function missingLanguage(request: NextRequest) {
  const url = request.nextUrl.clone()
  url.pathname = `/${defaultLocale}/${MISSING_LANGUAGE_SEGMENT}${request.nextUrl.pathname}`
  return NextResponse.rewrite(url)
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
