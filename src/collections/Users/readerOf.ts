import type { Payload } from 'payload'

import { hasRole } from '@/access/roles'
import type { Reader } from '@/lib/rest-guard'

const SESSION_COOKIE = /(?:^|;\s*)payload-token=/

/**
 * Who sends a request, for the API's size limits, as Payload's own authentication sees it (a forged or
 * foreign-origin credential is anonymous). A request with no credential at all is answered without asking.
 */
export async function readerOf(payload: Payload | (() => Promise<Payload>), headers: Headers): Promise<Reader> {
  if (!headers.get('authorization') && !SESSION_COOKIE.test(headers.get('cookie') ?? '')) return 'anonymous'
  const instance = typeof payload === 'function' ? await payload() : payload
  const { user } = await instance.auth({ headers, canSetHeaders: false })
  if (!user) return 'anonymous'
  return hasRole(user, 'admin') ? 'admin' : 'staff'
}
