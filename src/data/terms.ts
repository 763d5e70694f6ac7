import type { Locale } from '@/i18n/locales'

import { payloadClient } from './payload'
import type { ImageView, TermView } from './views'
import { toImageView } from './views'

export type TermKind = 'sections' | 'tags' | 'places'

export type TermPageView = TermView & {
  id: number | string
  description?: string
  /** Places: where it is and what else it is called. */
  region?: string
  country?: string
  otherNames?: string[]
  coordinates?: { latitude: number; longitude: number }
}

/** A section, tag or place by its slug, as its public page shows it. */
export async function getTerm(kind: TermKind, locale: Locale, slug: string): Promise<TermPageView | null> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: kind,
    overrideAccess: false,
    user: null,
    locale,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
  })
  const term = docs[0] as unknown as Record<string, unknown> | undefined
  if (!term?.slug) return null
  const coordinates = term.coordinates as { latitude?: number | null; longitude?: number | null } | undefined
  const aliases = (term.aliases as { alias: string }[] | undefined) ?? []
  return {
    id: term.id as number,
    name: term.name as string,
    slug: term.slug as string,
    description: (term.description as string | undefined) ?? undefined,
    region: (term.region as string | undefined) ?? undefined,
    country: (term.country as string | undefined) ?? undefined,
    otherNames: kind === 'places' ? [term.nameFr as string | undefined, ...aliases.map((entry) => entry.alias)].filter((name): name is string => Boolean(name)) : undefined,
    coordinates: coordinates?.latitude != null && coordinates.longitude != null ? { latitude: coordinates.latitude, longitude: coordinates.longitude } : undefined,
  }
}

export type AuthorView = { id: number | string; name: string; slug: string; bio?: string; photo?: ImageView }

/**
 * An author's public page: only for an account with at least one published article, and only the name,
 * bio and photo (staff accounts are otherwise private).
 */
export async function getAuthor(locale: Locale, slug: string): Promise<AuthorView | null> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'users',
    where: { slug: { equals: slug } },
    select: { name: true, slug: true, bio: true, photo: true },
    locale,
    depth: 1,
    limit: 1,
  })
  const user = docs[0]
  if (!user?.slug) return null
  const { totalDocs } = await payload.count({
    collection: 'articles',
    overrideAccess: false,
    user: null,
    where: { and: [{ _status: { equals: 'published' } }, { authors: { equals: user.id } }] },
  })
  if (!totalDocs) return null
  return { id: user.id, name: user.name, slug: user.slug, bio: user.bio ?? undefined, photo: toImageView(user.photo) }
}
