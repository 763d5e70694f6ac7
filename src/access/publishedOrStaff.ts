import type { Access } from 'payload'

import { ROLES, hasRole } from './roles'

/** Staff read everything; the public reads published documents only. */
export const publishedOrStaff: Access = ({ req }) => {
  if (hasRole(req.user, ...ROLES)) return true
  return { _status: { equals: 'published' } }
}
