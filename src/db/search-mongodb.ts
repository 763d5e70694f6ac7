import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { Payload } from 'payload'

import { SEARCH_FIELDS } from './search'

// MongoDB's side of reader search: one text index over the analysed fields, weighted as SQLite's BM25 is.
// Language `none`: the text is already our own analysis, and MongoDB's stemmers and stop words know no Arabic.

export const SEARCH_TEXT_INDEX = 'search_entries_stems_text'

const entries = (payload: Payload) => (payload.db as unknown as MongooseAdapter).collections['search-entries'].collection

/** Creates the text index (replacing any other text index: a collection holds one). */
export async function createSearchTextIndex(payload: Payload): Promise<void> {
  const collection = entries(payload)
  for (const index of await collection.indexes()) {
    if (index.name && index.name !== SEARCH_TEXT_INDEX && Object.values(index.key ?? {}).includes('text')) await collection.dropIndex(index.name)
  }
  await collection.createIndex(Object.fromEntries(SEARCH_FIELDS.map(({ field }) => [field, 'text' as const])), {
    name: SEARCH_TEXT_INDEX,
    default_language: 'none',
    // No field of an entry names a language for MongoDB to switch to.
    language_override: 'textIndexLanguage',
    weights: Object.fromEntries(SEARCH_FIELDS.map(({ field, weight }) => [field, weight])),
  })
}

export async function dropSearchTextIndex(payload: Payload): Promise<void> {
  const collection = entries(payload)
  if ((await collection.indexes()).some((index) => index.name === SEARCH_TEXT_INDEX)) await collection.dropIndex(SEARCH_TEXT_INDEX)
}
