import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

import { refreshAllMediaVisibility } from '../../src/collections/Media/visibility'
import { reindexAllArticles } from '../../src/search/reindex'
import { createSearchTextIndex, dropSearchTextIndex } from '../../src/db/search-mongodb'

import * as readerIndexes from './20261203_060000_reader_indexes'

// MongoDB needs no schema migrations; data migrations for it, when one is needed, are listed here.
export const migrations: {
  name: string
  up: (args: MigrateUpArgs) => Promise<void>
  down: (args: MigrateDownArgs) => Promise<void>
}[] = [
  {
    // Pictures already shown by published articles stay public; every other one becomes staff-only.
    name: '20261202_134908_media_public_from',
    up: ({ payload, req }) => refreshAllMediaVisibility(payload, req),
    down: async () => {},
  },
  {
    // Reader search ranks the entries' analysed fields with a text index (src/db/search.ts); then every entry is analysed.
    name: '20261202_165249_search_stems',
    up: async ({ payload }) => {
      await createSearchTextIndex(payload)
      await reindexAllArticles(payload)
    },
    down: ({ payload }) => dropSearchTextIndex(payload),
  },
  {
    // Listings by section, tag, place and author, and the picture checks of each publication (the file says which reads).
    name: '20261203_060000_reader_indexes',
    up: readerIndexes.up,
    down: readerIndexes.down,
  },
]
