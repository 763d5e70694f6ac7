import type { Locale } from '@/i18n/locales'

import { payloadClient } from './payload'
import type { TermView } from './views'

export type SectionView = TermView & { id: number | string; description?: string }

export async function listSections(locale: Locale): Promise<SectionView[]> {
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
