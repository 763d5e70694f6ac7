import type { Access } from 'payload'

import { hasRole } from '@/access/roles'

/** A note is changed or removed by whoever wrote it, or by an editor or admin. */
export const isAuthorOrEditor: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'editor', 'admin')) return true
  return { author: { equals: user.id } }
}
