import { createHmac, timingSafeEqual } from 'node:crypto'

import { revalidatePath } from 'next/cache'
import type { PayloadRequest } from 'payload'

import { afterCommit, whenCommitted } from '@/db/afterCommit'
import { appAddresses, cacheAddresses } from '@/lib/addresses'
import { localeCodes } from '@/i18n/locales'
import { payloadSecret } from '@/lib/env'
import { LIST_PAGE_SIZE } from '@/lib/paging'
import { articlePath, authorPath, feedPath, homePath, pagedPath, placePath, sectionPath, tagPath } from '@/lib/paths'
import type { Article } from '@/payload-types'

// Exactly the public pages and feeds a change touches are revalidated; nothing else is. This module is
// imported by collection hooks and must not import the Payload config (nor anything that does).

export const SITE_WIDE = ['/sitemap.xml', '/news-sitemap.xml']

type Listing = { kind: 'sections' | 'tags' | 'places' | 'users'; ids: (number | string)[] }

const ids = (value: unknown): (number | string)[] =>
  (Array.isArray(value) ? value : value == null ? [] : [value])
    .map((item) => (typeof item === 'object' && item ? (item as { id: number }).id : item))
    .filter((item): item is number | string => item != null)

const pathOf = { sections: sectionPath, tags: tagPath, places: placePath, users: authorPath } as const
const articleField = { sections: 'section', tags: 'tags', places: 'places', users: 'authors' } as const

/** Every page of each listing the article is (or was) on, in every language, plus the section feeds. */
async function listingPaths(req: PayloadRequest, listings: Listing[]): Promise<string[]> {
  const paths: string[] = []
  for (const { kind, ids: wanted } of listings) {
    if (!wanted.length) continue
    const { docs } = await req.payload.find({ collection: kind, where: { id: { in: wanted } }, select: { slug: true }, depth: 0, limit: wanted.length, pagination: false, overrideAccess: true, req })
    for (const doc of docs as { id: number; slug?: string | null }[]) {
      if (!doc.slug) continue
      const { totalDocs } = await req.payload.count({ collection: 'articles', where: { and: [{ _status: { equals: 'published' } }, { [articleField[kind]]: { equals: doc.id } }] }, overrideAccess: true, req })
      const pages = Math.ceil(totalDocs / LIST_PAGE_SIZE) + 1
      for (const locale of localeCodes) {
        const base = pathOf[kind](locale, doc.slug)
        for (let page = 1; page <= pages; page++) paths.push(pagedPath(base, page))
        if (kind === 'sections') paths.push(feedPath(locale, doc.slug))
      }
    }
  }
  return paths
}

/** The public pages an article's live version appears on, before and after a change. */
export async function articlePaths(req: PayloadRequest, versions: (Partial<Article> | null | undefined)[]): Promise<string[]> {
  const live = versions.filter((version): version is Partial<Article> => version?._status === 'published')
  if (!live.length) return []
  const slugs = new Set(live.map((version) => version.slug).filter((slug): slug is string => Boolean(slug)))
  const paths = localeCodes.flatMap((locale) => [homePath(locale), feedPath(locale), ...[...slugs].map((slug) => articlePath(locale, slug))])
  const listings: Listing[] = (['sections', 'tags', 'places', 'users'] as const).map((kind) => ({
    kind,
    ids: [...new Set(live.flatMap((version) => ids(version[articleField[kind]])))],
  }))
  return [...paths, ...(await listingPaths(req, listings)), ...SITE_WIDE]
}

/**
 * Whether there is a cache to tell: not for seeds and scripts (`context.disableRevalidate`); inside Next, or in
 * the jobs worker (`npm run worker`), which tells the app instances through their signed route.
 */
export const shouldRevalidate = (req: PayloadRequest) =>
  !req.context.disableRevalidate && (Boolean(process.env.NEXT_RUNTIME) || process.env.MIRSAD_WORKER === '1')

/**
 * Once the save of `req` has committed (never for a save that rolls back): marks the pages stale in Next's
 * cache, still inside the request, then, after the response, tells the other app instances and purges the caches
 * in front, so a slow cache never holds the save up and what it refetches is already fresh. `paths` may be
 * worked out from the committed database. Whatever cannot be reached is retried from the jobs queue
 * (`purgeCache`). Seeds and scripts pass `context.disableRevalidate`.
 */
export function revalidatePaths(req: PayloadRequest, paths: string[] | ((req: PayloadRequest) => Promise<string[]>)): void {
  if (!shouldRevalidate(req) || (Array.isArray(paths) && !paths.length)) return
  whenCommitted(req, 'revalidation', async (committed) => {
    const list = Array.isArray(paths) ? paths : await paths(committed)
    if (!list.length) return
    const told = revalidateInRequest(list)
    afterCommit(committed, 'cache purge', async (purging) => {
      const left = await deliver(purging, { paths: list, caches: cacheAddresses(), ...appsToTell(told) })
      for (const delivery of left) await purging.payload.jobs.queue({ task: 'purgeCache', input: delivery, req: purging })
    })
  })
}

/**
 * What a change still has to reach: app instances to tell (all of them, or any one when `anyApp`), then the
 * caches in front to purge, for these paths. The input of a `purgeCache` job.
 */
export type Delivery = { paths: string[]; apps: string[]; caches: string[]; anyApp?: boolean }

/**
 * Which app instances to tell. With a shared page cache (REDIS_URL) one instance told is all of them; without,
 * each instance keeps its own and every one in APP_URLS is told. Inside a request this instance is told already.
 */
function appsToTell(toldHere: boolean): Pick<Delivery, 'apps' | 'anyApp'> {
  const shared = Boolean(process.env.REDIS_URL)
  if (toldHere) return { apps: shared || !process.env.APP_URLS ? [] : appAddresses() }
  return { apps: appAddresses(), anyApp: shared }
}

const REQUEST_TIMEOUT_MS = 5000

/**
 * Tells the app instances, then purges the caches (so that what a cache refetches is already fresh). Returns
 * what is left, one delivery per target that could not be reached, with only the pages it did not confirm.
 */
export async function deliver(req: PayloadRequest, { paths, apps, caches, anyApp }: Delivery): Promise<Delivery[]> {
  let unreached: string[] = []
  if (anyApp) {
    let reached = false
    for (const app of apps) if ((reached = await tellApp(req, app, paths))) break
    unreached = reached ? [] : apps
  } else {
    const reached = await Promise.all(apps.map((app) => tellApp(req, app, paths)))
    unreached = apps.filter((_, index) => !reached[index])
  }
  const targets = caches.length ? await purgeTargets(req, paths) : []
  const refused = await Promise.all(caches.map((cache) => purgeAt(req, cache, targets)))
  // An instance not yet told may hand a cache its stale page again: its retry purges every cache after it.
  if (unreached.length) return [{ paths, apps: unreached, caches, ...(anyApp ? { anyApp } : {}) }]
  return caches.flatMap((cache, index) => {
    const left = refused[index]
    if (!left.length) return []
    return [{ paths: left.length === targets.length ? paths : left, apps: [], caches: [cache] }]
  })
}

/** From work outside a request (the jobs worker) or for the other instances: through an app's signed route. */
async function tellApp(req: PayloadRequest, app: string, paths: string[]): Promise<boolean> {
  const unique = spellings(paths)
  try {
    const response = await fetch(`${app}/next/revalidate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-mirsad-signature': signature(unique) },
      body: JSON.stringify({ paths: unique }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    })
    if (response.ok) return true
    req.payload.logger.error({ msg: `revalidation refused by ${app} (HTTP ${response.status}); retried from the jobs queue` })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `revalidation request to ${app} failed; retried from the jobs queue` })
  }
  return false
}

/**
 * The pages to remove from a reverse-proxy cache (deploy/nginx): the next reader's request goes to Next, which
 * renders the fresh page. The cache cannot purge by prefix, so a site-wide change (`layout:`) names every public page.
 */
async function purgeTargets(req: PayloadRequest, paths: string[]): Promise<string[]> {
  const siteWide = paths.some((path) => path.startsWith('layout:'))
  return [...new Set([...paths.filter((path) => !path.startsWith('layout:')), ...(siteWide ? await everyPublicPath(req) : [])])]
}

/** Purged, or not in the cache at all (the purge module answers 404): either way the page is out. */
const purgedBy = (status: number) => (status >= 200 && status < 300) || status === 404

/** Purges `targets` from one cache (`GET <cache>/__purge<path>`); returns the pages it did not confirm. */
async function purgeAt(req: PayloadRequest, cache: string, targets: string[]): Promise<string[]> {
  const failed: string[] = []
  let reason = ''
  for (let start = 0; start < targets.length; start += 16) {
    await Promise.all(
      targets.slice(start, start + 16).map(async (path) => {
        try {
          const response = await fetch(`${cache}/__purge${path}`, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) })
          if (purgedBy(response.status)) return
          reason = `HTTP ${response.status}`
        } catch (error) {
          reason = error instanceof Error ? error.message : String(error)
        }
        failed.push(path)
      }),
    )
  }
  if (failed.length) req.payload.logger.error({ msg: `cache purge at ${cache} failed for ${failed.length} of ${targets.length} pages (${reason}); retried from the jobs queue` })
  return failed
}

/** Home, feeds, sitemaps, and every article, section, tag, place and author page (first pages), in every language. */
async function everyPublicPath(req: PayloadRequest): Promise<string[]> {
  const { docs: articles } = await req.payload.find({ collection: 'articles', where: { _status: { equals: 'published' } }, select: { slug: true }, depth: 0, limit: 50000, pagination: false, overrideAccess: true, req })
  const terms = await Promise.all(
    (['sections', 'tags', 'places', 'users'] as const).map(async (kind) => {
      const { docs } = await req.payload.find({ collection: kind, select: { slug: true }, depth: 0, limit: 5000, pagination: false, overrideAccess: true, req })
      return termPaths(kind, (docs as { slug?: string | null }[]).map((doc) => doc.slug)).filter((path) => !path.startsWith('layout:'))
    }),
  )
  const pages = localeCodes.flatMap((locale) => [homePath(locale), feedPath(locale), ...articles.flatMap((article) => (article.slug ? [articlePath(locale, article.slug)] : []))])
  return [...pages, ...terms.flat(), ...SITE_WIDE]
}

// Next keys its cache by the path as requested: an Arabic slug may arrive percent-encoded or not.
const spellings = (paths: string[]) => [...new Set(paths.flatMap((path) => [path, safeDecode(path)]))]

/** Tells Next directly, which works only inside one of its requests; false when there is none. */
function revalidateInRequest(paths: string[]): boolean {
  try {
    for (const path of spellings(paths)) revalidate(path)
    return true
  } catch {
    return false
  }
}

const safeDecode = (path: string) => {
  try {
    return decodeURI(path)
  } catch {
    return path
  }
}

/** `layout:/ar` revalidates everything under /ar (a change to the site's navigation); anything else, one page. */
export function revalidate(path: string) {
  if (path.startsWith('layout:')) revalidatePath(path.slice('layout:'.length), 'layout')
  else revalidatePath(path)
}

/** The live pages of one article, in every language. */
export async function articlePages(req: PayloadRequest, articleId: number | string): Promise<string[]> {
  const live = await req.payload
    .findByID({ collection: 'articles', id: articleId, draft: false, depth: 0, select: { _status: true, slug: true }, overrideAccess: true, req })
    .catch(() => null)
  if (live?._status !== 'published' || !live.slug) return []
  return localeCodes.map((locale) => articlePath(locale, live.slug!))
}

/** A section, tag, place or author renamed or re-slugged: its pages under both slugs; sections also sit in every page's navigation. */
export function termPaths(kind: Listing['kind'], slugs: (string | null | undefined)[]): string[] {
  const paths = localeCodes.flatMap((locale) => slugs.filter((slug): slug is string => Boolean(slug)).map((slug) => pathOf[kind](locale, slug)))
  return kind === 'sections' ? [...paths, ...localeCodes.map((locale) => `layout:${homePath(locale)}`)] : paths
}

export const signature = (paths: string[]) => createHmac('sha256', payloadSecret()).update(JSON.stringify(paths)).digest('hex')

export function verifySignature(paths: string[], given: string | null): boolean {
  const expected = Buffer.from(signature(paths))
  const actual = Buffer.from(given ?? '')
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

/** A change every public page shows (the site settings): all of them, in every language. */
export const revalidateEverything = ({ req, doc }: { req: PayloadRequest; doc: unknown }) => {
  revalidatePaths(req, localeCodes.map((locale) => `layout:${homePath(locale)}`))
  return doc
}
