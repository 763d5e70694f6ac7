import type { Access } from 'payload'

import { hasRole } from '@/access/roles'

import { ownArticleWhere } from './publicArticle'

/**
 * Publishing is its own right: asking to write `_status: published` (the admin asks this to decide
 * whether to show the publish and schedule controls) is for editors and admins only.
 * Writers change only their own articles while in draft or returned; fact-checkers reach every
 * article, but field access and the workflow hook limit them to the fact-check fields and their transitions.
 */
export const updateArticles: Access = ({ req: { user }, data }) => {
  if (!user) return false
  if (data?._status === 'published') return hasRole(user, 'editor', 'admin')
  if (hasRole(user, 'editor', 'admin', 'factChecker')) return true
  if (hasRole(user, 'writer')) {
    return { and: [ownArticleWhere(user.id), { stage: { in: ['draft', 'returned'] } }] }
  }
  return false
}
