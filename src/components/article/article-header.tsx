import { getTranslations } from 'next-intl/server'

import { FigureImage } from '@/components/ui/figure-image'
import { PublishedDate } from '@/components/ui/published-date'
import type { ArticleView } from '@/data/views'
import { authorPath, placePath, sectionPath, tagPath } from '@/lib/paths'

export async function ArticleHeader({ article, locale }: { article: ArticleView; locale: string }) {
  const t = await getTranslations({ locale, namespace: 'article' })
  return (
    <header className="article__header">
      {article.section ? (
        <a className="kicker" href={sectionPath(locale, article.section.slug)}>
          {article.section.name}
        </a>
      ) : null}
      <h1 className="article__title" dir="auto">{article.title}</h1>
      {article.dek ? <p className="article__dek" dir="auto">{article.dek}</p> : null}
      <p className="article__meta">
        {article.authors.length ? (
          <span>
            {t('by')}{' '}
            {article.authors.map((author, index) => (
              <span key={author.name}>
                {index ? (locale === 'ar' ? '، ' : ', ') : ''}
                {author.slug ? <a href={authorPath(locale, author.slug)}>{author.name}</a> : author.name}
              </span>
            ))}
          </span>
        ) : null}
        {article.publishedAt ? (
          <span>
            {t('publishedOn')} <PublishedDate iso={article.publishedAt} locale={locale} />
          </span>
        ) : null}
      </p>
      {article.heroImage ? (
        <FigureImage image={article.heroImage} sizes="(min-width: 48rem) 48rem, 100vw" priority creditLabel={t('photoCredit')} className="article__hero" />
      ) : null}
      {article.places.length ? (
        <ul className="tags tags--places" aria-label={t('places')}>
          {article.places.map((place) => (
            <li key={place.slug}>
              <a href={placePath(locale, place.slug)}>{place.name}</a>
            </li>
          ))}
        </ul>
      ) : null}
      {article.tags.length ? (
        <ul className="tags" aria-label={t('tags')}>
          {article.tags.map((tag) => (
            <li key={tag.slug}>
              <a href={tagPath(locale, tag.slug)}>{tag.name}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </header>
  )
}
