import { normalizeArabic } from './arabic/normalize'

type Term = { name: string; slug: string }

/**
 * The places and tags an article's header lists: each place once, and no tag that repeats a place's name (the
 * tag «موبتي» beside the place موبتي). Names are compared in their normal form, so spellings that differ only
 * in hamza, tashkeel or case count as the same.
 */
export function placesAndTags<T extends Term>(places: T[], tags: T[]): { places: T[]; tags: T[] } {
  const names = new Set<string>()
  // Slugs are unique within a collection only: a tag and a place may share one and still be different things.
  const once = (terms: T[]) => {
    const slugs = new Set<string>()
    return terms.filter((term) => {
      const name = normalizeArabic(term.name) || term.name
      if (slugs.has(term.slug) || names.has(name)) return false
      slugs.add(term.slug)
      names.add(name)
      return true
    })
  }
  const shownPlaces = once(places)
  return { places: shownPlaces, tags: once(tags) }
}
