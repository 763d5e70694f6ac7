import type { CollectionConfig } from 'payload'

import { localeCodes } from '@/i18n/locales'

const nobody = () => false

/**
 * The reader search index: one entry per published article and locale, holding its text as readers see it
 * and the same text in normal form (src/lib/arabic). Written only by the server (indexArticle); read only
 * by src/data/search.ts through src/db/search.ts. Plain text columns matched like Payload's `like`, on both databases
 * (on SQLite through a full-text index the database keeps over `allNorm`).
 */
export const SearchEntries: CollectionConfig = {
  slug: 'search-entries',
  labels: {
    singular: { ar: 'مدخل فهرس البحث', en: 'Search entry' },
    plural: { ar: 'فهرس البحث', en: 'Search index' },
  },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'article', type: 'relationship', relationTo: 'articles', required: true, index: true },
    { name: 'locale', type: 'select', required: true, index: true, options: [...localeCodes] },
    { name: 'slug', type: 'text', required: true },
    { name: 'title', type: 'text', required: true },
    { name: 'dek', type: 'textarea' },
    { name: 'body', type: 'textarea' },
    { name: 'section', type: 'text' },
    { name: 'publishedAt', type: 'date', index: true },
    { name: 'embargoUntil', type: 'date' },
    // Normal forms: each part for ranking, and everything together for matching.
    { name: 'titleNorm', type: 'textarea' },
    { name: 'dekNorm', type: 'textarea' },
    { name: 'bodyNorm', type: 'textarea' },
    { name: 'extraNorm', type: 'textarea' },
    { name: 'allNorm', type: 'textarea' },
  ],
}
