import { getLocale, getTranslations } from 'next-intl/server'

import { homePath } from '@/lib/paths'

export default async function NotFound() {
  const [t, locale] = await Promise.all([getTranslations('notFound'), getLocale()])
  return (
    <section className="not-found">
      <h1 className="page-title">{t('title')}</h1>
      <p>{t('body')}</p>
      <a href={homePath(locale)}>{t('back')}</a>
    </section>
  )
}
