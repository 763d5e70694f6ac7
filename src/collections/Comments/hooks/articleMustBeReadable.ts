import type { CollectionBeforeChangeHook } from 'payload'

import { refuse } from '@/collections/errors'
import { idOf } from '@/lib/ids'

/**
 * A note is written only on an article its author may read: otherwise a writer could post on (and learn of)
 * a colleague's unpublished draft. Checked as the author, with the article collection's own read rule.
 */
export const articleMustBeReadable: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const article = idOf(data?.article)
  if (!req.user || article === undefined || (operation === 'update' && article === idOf(originalDoc?.article))) return data
  const { totalDocs } = await req.payload.count({
    collection: 'articles',
    where: { id: { equals: article } },
    overrideAccess: false,
    user: req.user,
    req,
  })
  if (!totalDocs) refuse(req, 'لا يمكن كتابة ملاحظة على مقال لا يمكنك قراءته', 'A note can only be written on an article you can read')
  return data
}
