import { FigureImage } from '@/components/ui/figure-image'
import { PublishedDate } from '@/components/ui/published-date'
import type { ArticleSummary } from '@/data/views'
import { articlePath, sectionPath } from '@/lib/paths'

type Props = { article: ArticleSummary; locale: string; lead?: boolean; relativeDates?: boolean }

export function ArticleCard({ article, locale, lead = false, relativeDates = false }: Props) {
  return (
    <article className={lead ? 'card card--lead' : 'card'}>
      {article.heroImage ? (
        <FigureImage image={{ ...article.heroImage, caption: undefined, credit: undefined }} sizes={lead ? '(min-width: 60rem) 60rem, 100vw' : '(min-width: 60rem) 20rem, 100vw'} priority={lead} className="card__image" />
      ) : null}
      <div className="card__text">
        {article.section ? (
          <a className="kicker" href={sectionPath(locale, article.section.slug)}>
            {article.section.name}
          </a>
        ) : null}
        <h2 className="card__title" dir="auto">
          <a href={articlePath(locale, article.slug)}>{article.title}</a>
        </h2>
        {article.dek ? <p className="card__dek" dir="auto">{article.dek}</p> : null}
        <PublishedDate iso={article.publishedAt} locale={locale} relative={relativeDates} />
      </div>
    </article>
  )
}
