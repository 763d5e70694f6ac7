import type { Where } from 'payload'

/** What anyone may read: published, and past its embargo if it has one. */
export function publicArticleWhere(now = new Date()): Where {
  return {
    and: [
      { _status: { equals: 'published' } },
      { or: [{ embargoUntil: { exists: false } }, { embargoUntil: { less_than_equal: now.toISOString() } }] },
    ],
  }
}

/** A writer's own work: articles they created or are named on. */
export function ownArticleWhere(userId: number | string): Where {
  return { or: [{ createdBy: { equals: userId } }, { authors: { equals: userId } }] }
}
