import { getLocale, getTranslations } from 'next-intl/server'

import { feedPath } from '@/lib/paths'

export async function SiteFooter() {
  const [t, locale] = await Promise.all([getTranslations('site'), getLocale()])
  const feed = feedPath(locale)
  return (
    <footer className="site-footer">
      {/* React hoists this into <head>: feed readers find the site's feed from any page, not only the home page. */}
      <link rel="alternate" type="application/rss+xml" href={feed} title={t('name')} />
      <p>{t('footer')}</p>
      <p>
        <a className="feed-link" href={feed} type="application/rss+xml">
          {t('feed')}
        </a>
      </p>
    </footer>
  )
}
