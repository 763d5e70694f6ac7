import type { Access, Where } from 'payload'

import { hasRole } from '@/access/roles'

import { ownArticleWhere, publicArticleWhere } from './publicArticle'

/**
 * Which articles `user` may read — the one rule every collection that belongs to an article follows: editors,
 * admins and fact-checkers read every stage; writers what is public and their own work; readers what is public.
 */
export function articleReadRule(user: unknown): true | Where {
  if (hasRole(user, 'admin', 'editor', 'factChecker')) return true
  const id = (user as { id?: number | string } | null | undefined)?.id
  if (id !== undefined && hasRole(user, 'writer')) return { or: [publicArticleWhere(), ownArticleWhere(id)] }
  return publicArticleWhere()
}

export const readArticles: Access = ({ req: { user } }) => articleReadRule(user)

/** `where` about an article, asked of a document that points at it through `field` (`title` → `article.title`). */
export function throughRelation(where: Where, field: string): Where {
  const out: Where = {}
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) out[key] = value.map((part) => throughRelation(part as Where, field))
    else out[`${field}.${key}`] = value
  }
  return out
}

/**
 * Read access of internal documents that belong to an article (claims, notes): staff only, and of those only
 * the ones whose article they may read. Never public.
 */
export const readWithArticle =
  (field = 'article'): Access =>
  ({ req: { user } }) => {
    if (!user) return false
    const rule = articleReadRule(user)
    return rule === true ? true : throughRelation(rule, field)
  }
