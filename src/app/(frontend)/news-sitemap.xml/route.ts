import { getTranslations } from 'next-intl/server'

import { listIndexedArticles } from '@/data/seo'
import { localeCodes } from '@/i18n/locales'
import { siteURL } from '@/lib/env'
import { articlePath, homePath } from '@/lib/paths'
import { type NewsEntry, newsSitemapXml } from '@/lib/seo/sitemaps'
import { xmlResponse } from '@/lib/xml'

// Built per request from one query; the reverse-proxy cache holds it (see xmlResponse). Never at build time.
export const dynamic = 'force-dynamic'

const WINDOW_MS = 48 * 60 * 60 * 1000

/** A Google News sitemap: the articles published in the last 48 hours, in each language they have a text in. */
export async function GET() {
  const since = new Date(Date.now() - WINDOW_MS)
  const [recentArticles, names] = await Promise.all([
    listIndexedArticles(since),
    Promise.all(localeCodes.map(async (locale) => [locale, (await getTranslations({ locale, namespace: 'site' }))('name')] as const)),
  ])
  const publication = Object.fromEntries(names)
  const recent: NewsEntry[] = recentArticles.flatMap((article) =>
    localeCodes.flatMap((locale) => {
      const title = article.titles[locale]
      return title && article.publishedAt ? [{ path: articlePath(locale, article.slug), locale, title, publishedAt: article.publishedAt, publication: publication[locale] }] : []
    }),
  )
  const older = recent.length ? [] : await newestArticlePaths()
  return xmlResponse(newsSitemapXml(siteURL(), recent, older))
}

/** The newest article in each language it has a text in, or the home pages when nothing is published. */
async function newestArticlePaths(): Promise<string[]> {
  const [newest] = await listIndexedArticles(undefined, 1)
  if (!newest) return localeCodes.map(homePath)
  return localeCodes.filter((locale) => newest.titles[locale]).map((locale) => articlePath(locale, newest.slug))
}
