import type { CollectionConfig, Field, LabelFunction, StaticLabel } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { slugFieldFor } from '@/fields/slug'

import { revalidateDeletedTerm, revalidateTerm } from './revalidateTerm'

type Label = LabelFunction | StaticLabel

type TaxonomyOptions = {
  slug: 'sections' | 'tags' | 'places'
  labels: { singular: Label; plural: Label }
  fields?: Field[]
  hooks?: CollectionConfig['hooks']
}

/** A public list of named things articles are filed under: localised name, Arabic slug, editors manage it. */
export function taxonomyCollection({ slug, labels, fields = [], hooks }: TaxonomyOptions): CollectionConfig {
  return {
    slug,
    hooks: {
      ...hooks,
      afterChange: [...(hooks?.afterChange ?? []), revalidateTerm(slug)],
      afterDelete: [...(hooks?.afterDelete ?? []), revalidateDeletedTerm(slug)],
    },
    labels,
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'slug'],
      group: { ar: 'التصنيف', en: 'Taxonomy' },
    },
    access: {
      read: anyone,
      create: isEditorOrAdmin,
      update: isEditorOrAdmin,
      delete: isEditorOrAdmin,
    },
    fields: [
      {
        name: 'name',
        type: 'text',
        required: true,
        localized: true,
        label: { ar: 'الاسم', en: 'Name' },
      },
      ...fields,
      slugFieldFor({ collection: slug, from: 'name' }),
    ],
  }
}
