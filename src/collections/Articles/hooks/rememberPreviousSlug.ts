import type { CollectionBeforeChangeHook } from 'payload'

import type { Article } from '@/payload-types'

/**
 * A published article's address is public: when it is republished under another slug, the old one is kept
 * so readers and search engines following it are redirected to the new address.
 */
export const rememberPreviousSlug: CollectionBeforeChangeHook<Article> = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || req.context.draftSave === true || data._status !== 'published' || !originalDoc) return data
  const live = await req.payload
    .findByID({ collection: 'articles', id: originalDoc.id, draft: false, depth: 0, select: { _status: true, slug: true, previousSlugs: true }, overrideAccess: true, req })
    .catch(() => null)
  const newSlug = data.slug ?? live?.slug
  if (live?._status !== 'published' || !live.slug || live.slug === newSlug) return data
  const kept = (live.previousSlugs ?? []).filter((entry) => entry.slug !== newSlug && entry.slug !== live.slug)
  return { ...data, previousSlugs: [...kept.map(({ slug }) => ({ slug })), { slug: live.slug }] }
}
