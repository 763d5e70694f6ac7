import { collectionState } from '@/db/changes'
import type { Locale } from '@/i18n/locales'

import { payloadClient } from './payload'
import type { TermView } from './views'

export type SectionView = TermView & { id: number | string; description?: string }

/** The section list of each locale, with the state of the sections it was read under (src/db/changes). */
const keptLists = new Map<Locale, { state: string; sections: Promise<SectionView[]> }>()

/**
 * The sections, by name: every page's header lists them, so the list is kept between requests while no
 * section is created, renamed or removed (a Payload read costs about 2 ms; checking the state, microseconds).
 */
export async function listSections(locale: Locale): Promise<SectionView[]> {
  const payload = await payloadClient()
  const state = await collectionState(payload, 'sections')
  const kept = keptLists.get(locale)
  if (kept?.state === state) return kept.sections
  const sections = readSections(locale)
  keptLists.set(locale, { state, sections })
  sections.catch(() => keptLists.get(locale)?.sections === sections && keptLists.delete(locale))
  return sections
}

async function readSections(locale: Locale): Promise<SectionView[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'sections',
    overrideAccess: false,
    user: null,
    locale,
    sort: 'name',
    limit: 50,
    depth: 0,
  })
  return docs.filter((section) => section.slug).map((section) => toSectionView(section))
}

function toSectionView(section: { id: number | string; name: string; slug?: string | null; description?: string | null }): SectionView {
  return { id: section.id, name: section.name, slug: section.slug ?? '', description: section.description ?? undefined }
}
