import type { Access } from 'payload'

import { hasRole } from '@/access/roles'

import { ownArticleWhere, publicArticleWhere } from './publicArticle'

/** Editors, admins and fact-checkers read every stage; writers read what is public and their own; readers what is public. */
export const readArticles: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor', 'factChecker')) return true
  if (user && hasRole(user, 'writer')) return { or: [publicArticleWhere(), ownArticleWhere(user.id)] }
  return publicArticleWhere()
}
