import { APIError, Forbidden, type PayloadRequest, ValidationError } from 'payload'

import { inLanguage } from '@/lib/bilingual'

// Refusals carry their reason as the error's own message: REST, GraphQL and the local API then all show why, not
// only "forbidden" or "this field is invalid". A request from the admin (it carries the admin's language cookie)
// gets the reason in the interface's language only: a toast mixing both scripts is scrambled by the bidi
// algorithm. A caller that states no language (a script, another system) gets both, Arabic first: "ar / en".

const ADMIN_LANGUAGE = /(?:^|;\s*)payload-lng=(ar|en)\b/

/** The language the person chose in the admin, when the request says so; null for a caller that does not. */
export function interfaceLanguage(req: PayloadRequest | undefined): 'ar' | 'en' | null {
  const cookie = req?.headers?.get?.('cookie') ?? ''
  const chosen = ADMIN_LANGUAGE.exec(cookie)?.[1]
  return chosen === 'ar' || chosen === 'en' ? chosen : null
}

/** A message written "ar / en", as the request should read it. */
export function forRequest(req: PayloadRequest | undefined, message: string): string {
  const language = interfaceLanguage(req)
  return language ? inLanguage(message, language) : message
}

/** The same, from its two halves. */
export const said = (req: PayloadRequest | undefined, ar: string, en: string) => forRequest(req, `${ar} / ${en}`)

export function refuse(req: PayloadRequest, ar: string, en: string): never {
  const error = new Forbidden(req.t)
  error.message = said(req, ar, en)
  throw error
}

/** A public refusal with its status. Its name is set by hand: Payload shows an error's message only when it has one, and minified class names can be empty. */
class Refusal extends APIError {
  constructor(message: string, status: number) {
    super(message, status, null, true)
    this.name = 'Refusal'
  }
}

/**
 * How Payload logs our refusals: as a line at info, like its own Forbidden and ValidationError. A refused request
 * is the newsroom's rules working, not a fault; at error level with a stack it buried the real errors.
 */
export const refusalLogging = { Refusal: 'info' } as const

/** A public refusal with its status (400, 409, 429…), in the request's language. */
export function refusal(req: PayloadRequest, status: number, ar: string, en: string): APIError {
  return new Refusal(said(req, ar, en), status)
}

/** Refused fields (400): each message holds both languages, Arabic first, and is read as the request asks. */
export function fieldError(
  req: PayloadRequest,
  collection: string | undefined,
  errors: { path: string; message: string }[],
  summary = errors.map((entry) => entry.message).join('; '),
): never {
  const error = new ValidationError({ collection, errors: errors.map((entry) => ({ ...entry, message: forRequest(req, entry.message) })) }, req.t)
  error.message = forRequest(req, summary)
  throw error
}

export function invalid(req: PayloadRequest, path: string, ar: string, en: string): never {
  fieldError(req, 'articles', [{ path, message: `${ar} / ${en}` }])
}
