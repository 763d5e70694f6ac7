import type { CollectionConfig } from 'payload'

import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { isStaff } from '@/access/isStaff'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { slugFieldFor } from '@/fields/slug'

import { publicReadsIgnoreDrafts } from './hooks/publicReadsIgnoreDrafts'
import { setPublishedAt } from './hooks/setPublishedAt'

export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: {
    singular: { ar: 'مقال', en: 'Article' },
    plural: { ar: 'المقالات', en: 'Articles' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'section', '_status', 'publishedAt', 'updatedAt'],
    group: { ar: 'المحتوى', en: 'Content' },
  },
  access: {
    read: publishedOrStaff,
    readVersions: isStaff,
    create: isStaff,
    update: isStaff,
    delete: isEditorOrAdmin,
  },
  versions: {
    maxPerDoc: 100,
    drafts: { autosave: { interval: 1500 } },
  },
  defaultSort: '-publishedAt',
  hooks: {
    beforeOperation: [publicReadsIgnoreDrafts],
    beforeChange: [setPublishedAt],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      label: { ar: 'العنوان', en: 'Title' },
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: { ar: 'المتن', en: 'Content' },
          fields: [
            {
              name: 'dek',
              type: 'textarea',
              localized: true,
              label: { ar: 'الموجز التمهيدي', en: 'Standfirst' },
              admin: {
                description: {
                  ar: 'جملة أو جملتان تلخّصان الخبر تحت العنوان.',
                  en: 'One or two sentences under the headline that sum up the story.',
                },
              },
            },
            {
              name: 'body',
              type: 'richText',
              localized: true,
              label: { ar: 'نص المقال', en: 'Body' },
            },
          ],
        },
        {
          label: { ar: 'التصنيف والصورة', en: 'Filing and image' },
          fields: [
            {
              name: 'heroImage',
              type: 'upload',
              relationTo: 'media',
              label: { ar: 'الصورة الرئيسية', en: 'Hero image' },
            },
            {
              name: 'section',
              type: 'relationship',
              relationTo: 'sections',
              label: { ar: 'القسم', en: 'Section' },
            },
            {
              name: 'tags',
              type: 'relationship',
              relationTo: 'tags',
              hasMany: true,
              label: { ar: 'الوسوم', en: 'Tags' },
            },
          ],
        },
      ],
    },
    slugFieldFor({ collection: 'articles' }),
    {
      name: 'authors',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      label: { ar: 'الكتّاب', en: 'Authors' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      label: { ar: 'تاريخ النشر', en: 'Published at' },
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: {
          ar: 'يُملأ تلقائيًا عند النشر الأول.',
          en: 'Filled in automatically on first publication.',
        },
      },
    },
  ],
}
