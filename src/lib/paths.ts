// Public URLs in one place: pages, feeds and sitemaps build links the same way.

export const homePath = (locale: string) => `/${locale}`

export const articlePath = (locale: string, slug: string) => `/${locale}/articles/${encodeURIComponent(slug)}`

export const previewPath = (locale: string, id: string) => `/${locale}/preview/${encodeURIComponent(id)}`

export const sectionPath = (locale: string, slug: string) => `/${locale}/sections/${encodeURIComponent(slug)}`

const SAFE_SCHEME = /^(https?:|mailto:)/i

/** A link target a reader may follow: http(s), mailto, or a path on this site; anything else becomes inert. */
export function safeHref(url: string | null | undefined): string | undefined {
  const value = url?.trim()
  if (!value) return undefined
  if (value.startsWith('/') && !value.startsWith('//')) return value
  if (value.startsWith('#')) return value
  return SAFE_SCHEME.test(value) ? value : undefined
}
