import type { Access } from 'payload'

import { hasRole } from '@/access/roles'

/** Editors and admins delete what readers cannot see; a published article is unpublished first. */
export const deleteArticles: Access = ({ req: { user } }) => {
  if (!hasRole(user, 'editor', 'admin')) return false
  return { _status: { not_equals: 'published' } }
}
