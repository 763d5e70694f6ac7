import type { Access, Where } from 'payload'

import { hasRole } from '@/access/roles'

/** Past versions are internal: the desk and fact-checkers see them all, writers those of their own articles. */
export const readArticleVersions: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor', 'factChecker')) return true
  if (user && hasRole(user, 'writer')) {
    const own: Where[] = [{ 'version.createdBy': { equals: user.id } }, { 'version.authors': { equals: user.id } }]
    return { or: own }
  }
  return false
}
