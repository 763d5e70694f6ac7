import { sql } from '@payloadcms/db-sqlite'
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { CollectionSlug, Payload } from 'payload'

import { rawSqlite } from './sqlite'

// What the data layer keeps in memory between requests (result pages, the section list) is kept with the state
// of the collection it was read from, and used only while that state holds. The state is read from the
// database, not from this process's own saves, so a write by another process (a script, a second app instance)
// retires what was kept as surely as one of ours.

/**
 * A word for the state of a collection: it changes whenever a document is created, updated or deleted (the
 * count and the newest write; Payload stamps every write's updatedAt). Read from indexes, in microseconds.
 */
export async function collectionState(payload: Payload, slug: CollectionSlug): Promise<string> {
  if (payload.db.name === 'sqlite') {
    const table = sql.raw(`"${(payload.db as unknown as { tableNameMap: Map<string, string> }).tableNameMap.get(slug.replace(/-/g, '_'))}"`)
    // Two subqueries: each is answered by an index on its own, where one query over both would read every row.
    const [row] = await rawSqlite(payload).all<{ rows: number; written: string | null }>(
      sql`SELECT (SELECT count(*) FROM ${table}) AS rows, (SELECT max(updated_at) FROM ${table}) AS written`,
    )
    return `${row?.rows ?? 0}@${row?.written ?? ''}`
  }
  const model = (payload.db as unknown as MongooseAdapter).collections[slug]
  const [rows, newest] = await Promise.all([model.countDocuments({}), model.findOne({}, { updatedAt: 1 }).sort({ updatedAt: -1 }).lean<{ updatedAt?: Date }>()])
  return `${rows}@${newest?.updatedAt ? new Date(newest.updatedAt).toISOString() : ''}`
}
