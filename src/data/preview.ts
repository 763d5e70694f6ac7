import { headers } from 'next/headers'

import { hasRole, ROLES } from '@/access/roles'
import type { Locale } from '@/i18n/locales'

import { payloadClient } from './payload'
import { type ArticleView, toArticleView } from './views'

/**
 * The latest version of an article (draft included) for a signed-in newsroom member, read with their
 * own permissions; null for anyone else, so a preview address leaks nothing.
 */
export async function getArticlePreview(locale: Locale, id: string): Promise<ArticleView | null> {
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  if (!hasRole(user, ...ROLES)) return null
  const article = await payload
    .findByID({ collection: 'articles', id, draft: true, locale, depth: 1, overrideAccess: false, user, disableErrors: true })
    .catch(() => null)
  if (!article) return null
  const authors = (article.authors ?? []).flatMap((author) => (typeof author === 'object' && author ? [{ name: author.name, slug: author.slug ?? undefined }] : []))
  return toArticleView(article, authors)
}
