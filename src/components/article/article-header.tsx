import { getTranslations } from 'next-intl/server'

import { FigureImage } from '@/components/ui/figure-image'
import { PublishedDate } from '@/components/ui/published-date'
import type { ArticleView, CorrectionView, TermView } from '@/data/views'
import { directionOf, type Locale } from '@/i18n/locales'
import { placesAndTags } from '@/lib/article-terms'
import { authorPath, placePath, sectionPath, tagPath } from '@/lib/paths'

/** `corrections`: the log shown below the article (#corrections), which the byline's mark links to. */
type Props = { article: ArticleView; locale: string; corrections?: CorrectionView[] }

// What the byline's mark says: a correction outweighs a clarification, which outweighs an update.
const MARKS = [
  { kind: 'correction', label: 'corrected' },
  { kind: 'clarification', label: 'clarified' },
  { kind: 'update', label: 'updatedOn' },
] as const

/** The byline's mark for an article changed after publication, naming the weightiest kind and its latest date. */
function changeMark(corrections: CorrectionView[]) {
  for (const mark of MARKS) {
    const entries = corrections.filter((entry) => entry.kind === mark.kind)
    if (entries.length) return { label: mark.label, at: entries.map((entry) => entry.at).filter(Boolean).sort().at(-1) }
  }
  return null
}

/** Places and tags, each under its own visible label and in its own style: they are different things. */
function TermList({ kind, label, terms, href }: { kind: 'places' | 'tags'; label: string; terms: TermView[]; href: (slug: string) => string }) {
  if (!terms.length) return null
  return (
    <div className={`terms terms--${kind}`}>
      <span className="terms__label" id={`article-${kind}`}>
        {label}
      </span>
      <ul className={`tags tags--${kind === 'places' ? 'places' : 'topics'}`} aria-labelledby={`article-${kind}`}>
        {terms.map((term) => (
          <li key={term.slug}>
            <a href={href(term.slug)}>
              <bdi>{term.name}</bdi>
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}

export async function ArticleHeader({ article, locale, corrections = [] }: Props) {
  const t = await getTranslations({ locale, namespace: 'article' })
  const { places, tags } = placesAndTags(article.places, article.tags)
  const mark = changeMark(corrections)
  // An untranslated article's header sits in its text's direction; the byline and labels stay in the page's.
  const chrome = article.textLocale ? { lang: locale, dir: directionOf(locale as Locale) } : {}
  return (
    <header className="article__header">
      {article.section ? (
        <a className="kicker" href={sectionPath(locale, article.section.slug)}>
          <bdi>{article.section.name}</bdi>
        </a>
      ) : null}
      <h1 className="article__title" dir="auto">{article.title}</h1>
      {article.dek ? <p className="article__dek" dir="auto">{article.dek}</p> : null}
      <p className="article__meta" {...chrome}>
        {article.authors.length ? (
          <span>
            {t('by')}{' '}
            {article.authors.map((author, index) => (
              <span key={author.name}>
                {index ? (locale === 'ar' ? '، ' : ', ') : ''}
                <bdi>{author.slug ? <a href={authorPath(locale, author.slug)}>{author.name}</a> : author.name}</bdi>
              </span>
            ))}
          </span>
        ) : null}
        {article.publishedAt ? (
          <span>
            {t('publishedOn')} <PublishedDate iso={article.publishedAt} locale={locale} />
          </span>
        ) : null}
        {mark ? (
          <a className={`article__changed article__changed--${mark.label}`} href="#corrections">
            {t(mark.label)} <PublishedDate iso={mark.at} locale={locale} />
          </a>
        ) : null}
      </p>
      {article.heroImage ? (
        <FigureImage image={article.heroImage} sizes="(min-width: 48rem) 48rem, 100vw" priority creditLabel={t('photoCredit')} className="article__hero" />
      ) : null}
      {places.length || tags.length ? (
        <div className="article__terms" {...chrome}>
          <TermList kind="places" label={t('places')} terms={places} href={(slug) => placePath(locale, slug)} />
          <TermList kind="tags" label={t('tags')} terms={tags} href={(slug) => tagPath(locale, slug)} />
        </div>
      ) : null}
    </header>
  )
}
