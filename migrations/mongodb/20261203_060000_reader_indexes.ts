import type { MigrateDownArgs, MigrateUpArgs, MongooseAdapter } from '@payloadcms/db-mongodb'
import type { CollectionSlug, Payload } from 'payload'

// Indexes for what readers ask of MongoDB that Payload's own do not serve. Payload (mongoose autoIndex) already
// creates each field's `index: true` and each collection's `indexes` — articles' (_status, publishedAt, createdAt,
// embargoUntil), slugs, media size filenames, search entries' (locale, embargoUntil, publishedAt) — and the text
// index of search comes from 20261202_165249_search_stems: none of those is repeated here.

export type IndexSpec = {
  collection: CollectionSlug
  name: string
  key: Record<string, 1 | -1>
  /** Which reads it serves, for whoever removes one. */
  serves: string
}

// A listing filters on its term and on published, then orders newest first (Payload adds createdAt to break
// ties); the embargo condition is read from the index's last key.
const listing = (field: 'section' | 'tags' | 'places' | 'authors', serves: string): IndexSpec => ({
  collection: 'articles',
  name: `articles_${field}_published_newest`,
  key: { [field]: 1, _status: 1, publishedAt: -1, createdAt: -1, embargoUntil: 1 },
  serves,
})

export const READER_INDEXES: IndexSpec[] = [
  listing('section', 'section pages and feeds, their purge counts (src/data/articles.ts, feeds.ts, revalidate.ts)'),
  listing('tags', 'tag pages and their purge counts'),
  listing('places', 'place pages and their purge counts'),
  listing('authors', 'author pages: whether a person has published work, and the list (src/data/terms.ts)'),
  {
    collection: 'articles',
    name: 'articles_hero_published',
    key: { heroImage: 1, _status: 1 },
    serves: 'whether a picture is public, on every publication (src/collections/Media/visibility)',
  },
  {
    collection: 'users',
    name: 'users_photo',
    key: { photo: 1 },
    serves: 'whether a picture is a staff photo, on every publication (src/collections/Media/visibility)',
  },
]

const collectionOf = (payload: Payload, slug: CollectionSlug) => (payload.db as unknown as MongooseAdapter).collections[slug].collection

/** Creates the indexes (createIndex does nothing for one that exists with the same key and name). */
export async function createReaderIndexes(payload: Payload, indexes: IndexSpec[] = READER_INDEXES): Promise<void> {
  for (const { collection, name, key } of indexes) await collectionOf(payload, collection).createIndex(key, { name })
}

export async function dropReaderIndexes(payload: Payload, indexes: IndexSpec[] = READER_INDEXES): Promise<void> {
  for (const { collection, name } of indexes) {
    const target = collectionOf(payload, collection)
    // A collection never written to has no indexes to list (MongoDB answers NamespaceNotFound).
    const existing = await target.indexes().catch(() => [])
    if (existing.some((index) => index.name === name)) await target.dropIndex(name)
  }
}

export const up = ({ payload }: MigrateUpArgs) => createReaderIndexes(payload)
export const down = ({ payload }: MigrateDownArgs) => dropReaderIndexes(payload)
