import type { ArticleSummary } from '@/data/views'

import { ArticleCard } from './article-card'

type Props = { articles: ArticleSummary[]; locale: string; emptyText: string; lead?: boolean; relativeDates?: boolean }

export function ArticleList({ articles, locale, emptyText, lead = false, relativeDates = false }: Props) {
  if (!articles.length) return <p className="empty">{emptyText}</p>
  return (
    <div className="article-list">
      {articles.map((article, index) => (
        <ArticleCard key={article.id} article={article} locale={locale} lead={lead && index === 0} relativeDates={relativeDates} />
      ))}
    </div>
  )
}
