import type { ReactNode } from 'react'

import { ArticleList } from '@/components/article/article-list'
import type { ArticlePage } from '@/data/articles'

import { Pagination } from './pagination'

type Props = {
  title: string
  intro?: ReactNode
  listing: ArticlePage
  base: string
  locale: string
  emptyText: string
}

/** A section, tag, place or author page: its heading, what it is, and its published articles, page by page. */
export function ListingPage({ title, intro, listing, base, locale, emptyText }: Props) {
  return (
    <>
      <h1 className="page-title" dir="auto">
        {title}
      </h1>
      {intro}
      <ArticleList articles={listing.articles} locale={locale} emptyText={emptyText} />
      <Pagination base={base} page={listing.page} totalPages={listing.totalPages} locale={locale} />
    </>
  )
}
