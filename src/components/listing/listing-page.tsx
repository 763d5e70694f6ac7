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
  /** A feed of what the page lists, linked where readers see it (sections have one). */
  feed?: { href: string; label: string }
}

/** A section, tag, place or author page: its heading, what it is, and its published articles, page by page. */
export function ListingPage({ title, intro, listing, base, locale, emptyText, feed }: Props) {
  return (
    <>
      <h1 className="page-title" dir="auto">
        {title}
      </h1>
      {intro}
      {feed ? (
        <p className="feed-link-row">
          <a className="feed-link" href={feed.href} type="application/rss+xml">
            {feed.label}
          </a>
        </p>
      ) : null}
      <ArticleList articles={listing.articles} locale={locale} emptyText={emptyText} />
      <Pagination base={base} page={listing.page} totalPages={listing.totalPages} locale={locale} />
    </>
  )
}
