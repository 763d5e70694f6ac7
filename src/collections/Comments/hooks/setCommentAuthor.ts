import type { CollectionBeforeChangeHook } from 'payload'

/** The author of a note is whoever is signed in when it is written; it cannot be claimed for someone else. */
export const setCommentAuthor: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && req.user) return { ...data, author: req.user.id }
  return data
}
