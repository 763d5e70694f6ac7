import { getTranslations } from 'next-intl/server'

import { SearchForm } from '@/components/search/search-form'
import { listSections } from '@/data/sections'
import { type Locale, localeCodes } from '@/i18n/locales'
import { homePath, sectionPath } from '@/lib/paths'

export async function SiteHeader({ locale }: { locale: Locale }) {
  const [t, sections] = await Promise.all([getTranslations({ locale, namespace: 'site' }), listSections(locale)])
  const otherLocale = localeCodes.find((code) => code !== locale) ?? locale

  return (
    <header className="site-header">
      <div className="site-header__bar">
        <a className="brand" href={homePath(locale)}>
          <span className="brand__name">{t('name')}</span>
          <span className="brand__tagline">{t('tagline')}</span>
        </a>
        <SearchForm locale={locale} compact />
        <a className="language-switch" href={homePath(otherLocale)} hrefLang={otherLocale} lang={otherLocale} title={t('switchLanguageLabel')}>
          {t('switchLanguage')}
        </a>
      </div>
      {sections.length ? (
        <nav className="section-nav" aria-label={t('sections')}>
          <ul>
            {sections.map((section) => (
              <li key={section.slug}>
                <a href={sectionPath(locale, section.slug)}>{section.name}</a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  )
}
