import type { Article, Media, Place, Section, Tag } from '@/payload-types'

// What pages receive: plain shapes with nothing unpublished or private in them.

export type ImageView = {
  url: string
  alt: string
  width?: number
  height?: number
  srcSet?: string
  caption?: string
  credit?: string
}

export type TermView = { name: string; slug: string }

export type AuthorLink = { name: string; slug?: string }

export type ArticleSummary = {
  id: number | string
  slug: string
  title: string
  dek?: string
  publishedAt?: string
  section?: TermView
  heroImage?: ImageView
}

export type CorrectionView = {
  kind: 'correction' | 'clarification' | 'update'
  note: string
  at?: string
  /** The claim the entry is about, when it was a claim that changed. */
  claim?: string
}

export type ArticleView = ArticleSummary & {
  body: Article['body']
  tags: TermView[]
  places: TermView[]
  authors: AuthorLink[]
  /** When the article is not written in the page's language, the language its text is in. */
  textLocale?: string
  updatedAt?: string
  corrections: CorrectionView[]
}

export function toImageView(media: Article['heroImage']): ImageView | undefined {
  if (!media || typeof media !== 'object' || !media.url) return undefined
  const sizes = Object.values((media as Media).sizes ?? {}).filter(
    (size): size is { url: string; width: number } => Boolean(size?.url && size.width),
  )
  return {
    url: media.url,
    alt: media.alt ?? '',
    width: media.width ?? undefined,
    height: media.height ?? undefined,
    srcSet: sizes.length ? sizes.map((size) => `${size.url} ${size.width}w`).join(', ') : undefined,
    caption: media.caption ?? undefined,
    credit: media.credit ?? undefined,
  }
}

export function toTermView(term: number | string | Section | Tag | Place | null | undefined): TermView | undefined {
  if (!term || typeof term !== 'object' || !term.slug) return undefined
  return { name: term.name, slug: term.slug }
}

export function toArticleSummary(article: Pick<Article, 'id' | 'slug' | 'title' | 'dek' | 'publishedAt' | 'section' | 'heroImage'>): ArticleSummary {
  return {
    id: article.id,
    slug: article.slug ?? String(article.id),
    title: article.title,
    dek: article.dek ?? undefined,
    publishedAt: article.publishedAt ?? undefined,
    section: toTermView(article.section),
    heroImage: toImageView(article.heroImage),
  }
}

export function toArticleView(article: Article, authors: AuthorLink[]): ArticleView {
  return {
    ...toArticleSummary(article),
    body: article.body,
    tags: (article.tags ?? []).map(toTermView).filter((tag): tag is TermView => Boolean(tag)),
    places: (article.places ?? []).map(toTermView).filter((place): place is TermView => Boolean(place)),
    authors,
    updatedAt: article.updatedAt,
    corrections: (article.corrections ?? []).map((entry) => ({ kind: entry.kind, note: entry.note, at: entry.at ?? undefined })),
  }
}
