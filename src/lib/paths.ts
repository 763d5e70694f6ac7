// Public URLs in one place: pages, feeds and sitemaps build links the same way.

export const homePath = (locale: string) => `/${locale}`

export const articlePath = (locale: string, slug: string) => `/${locale}/articles/${encodeURIComponent(slug)}`

export const previewPath = (locale: string, id: string) => `/${locale}/preview/${encodeURIComponent(id)}`

export const sectionPath = (locale: string, slug: string) => `/${locale}/sections/${encodeURIComponent(slug)}`

export const tagPath = (locale: string, slug: string) => `/${locale}/tags/${encodeURIComponent(slug)}`

export const placePath = (locale: string, slug: string) => `/${locale}/places/${encodeURIComponent(slug)}`

export const authorPath = (locale: string, slug: string) => `/${locale}/authors/${encodeURIComponent(slug)}`

export const searchPath = (locale: string, query?: string, page = 1) => {
  const params = new URLSearchParams()
  if (query) params.set('q', query)
  if (page > 1) params.set('page', String(page))
  const search = params.toString()
  return `/${locale}/search${search ? `?${search}` : ''}`
}

/** The RSS feed of the whole site, or of one section. */
export const feedPath = (locale: string, sectionSlug?: string) =>
  sectionSlug ? `${sectionPath(locale, sectionSlug)}/feed.xml` : `/${locale}/feed.xml`

/** Page `page` of a listing whose first page is `base` (`/ar/places/جورا`, `/ar/places/جورا/2`). */
export const pagedPath = (base: string, page: number) => (page > 1 ? `${base}/${page}` : base)

const SAFE_SCHEME = /^(https?:|mailto:)/i

/** A link target a reader may follow: http(s), mailto, or a path on this site; anything else becomes inert. */
export function safeHref(url: string | null | undefined): string | undefined {
  const value = url?.trim()
  if (!value) return undefined
  if (value.startsWith('/') && !value.startsWith('//')) return value
  if (value.startsWith('#')) return value
  return SAFE_SCHEME.test(value) ? value : undefined
}
