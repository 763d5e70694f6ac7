import type { CollectionConfig, Field, LabelFunction, StaticLabel } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { slugFieldFor } from '@/fields/slug'

type Label = LabelFunction | StaticLabel

type TaxonomyOptions = {
  slug: 'sections' | 'tags'
  labels: { singular: Label; plural: Label }
  fields?: Field[]
}

/** A public list of named things articles are filed under: localised name, Arabic slug, editors manage it. */
export function taxonomyCollection({ slug, labels, fields = [] }: TaxonomyOptions): CollectionConfig {
  return {
    slug,
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
