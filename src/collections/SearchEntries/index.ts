import type { CollectionConfig } from 'payload'

import { localeCodes } from '@/i18n/locales'

const nobody = () => false

/**
 * The reader search index: one entry per published article and locale, holding its text as readers see it
 * and each part of it analysed (the stems of src/lib/arabic/analyze). Written only by the server (indexArticle,
 * `npm run search:reindex`); read only by src/data/search.ts through src/db/search.ts, which ranks the analysed
 * fields with a full-text index each database keeps (SQLite FTS5, MongoDB's text index).
 */
export const SearchEntries: CollectionConfig = {
  slug: 'search-entries',
  labels: {
    singular: { ar: 'مدخل فهرس البحث', en: 'Search entry' },
    plural: { ar: 'فهرس البحث', en: 'Search index' },
  },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  // What a search filters and orders its matches by, in one index that holds it all: the database checks the
  // locale and embargo of thousands of matches without reading a row (each holds a report's whole text).
  indexes: [{ fields: ['locale', 'embargoUntil', 'publishedAt'] }],
  fields: [
    { name: 'article', type: 'relationship', relationTo: 'articles', required: true, index: true },
    { name: 'locale', type: 'select', required: true, options: [...localeCodes] },
    { name: 'slug', type: 'text', required: true },
    { name: 'title', type: 'text', required: true },
    { name: 'dek', type: 'textarea' },
    { name: 'body', type: 'textarea' },
    { name: 'section', type: 'text' },
    { name: 'publishedAt', type: 'date', index: true },
    { name: 'embargoUntil', type: 'date' },
    // Analysed text, one field per weight of src/db/search.ts: stems separated by single spaces.
    { name: 'titleStems', type: 'textarea' },
    { name: 'dekStems', type: 'textarea' },
    { name: 'extraStems', type: 'textarea' },
    { name: 'bodyStems', type: 'textarea' },
  ],
}
