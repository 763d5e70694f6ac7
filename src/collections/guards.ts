import { type CollectionBeforeOperationHook, type CollectionConfig, NotFound, type PayloadRequest } from 'payload'

// Guards every collection shares: found by fuzzing (tests/int/fuzz.int.spec.ts), each turns a database error
// (a 500) into the answer the request deserves.

/** Whether `id` can be a document id on the database in use (integers on SQLite, ObjectIds on MongoDB). */
export function isDocumentId(req: PayloadRequest, id: unknown): boolean {
  if (typeof id === 'number') return Number.isSafeInteger(id) && id > 0
  if (typeof id !== 'string') return false
  return req.payload.db.defaultIDType === 'number' ? /^[1-9]\d{0,14}$/.test(id) : /^[0-9a-f]{24}$/i.test(id)
}

/** `/api/articles/abc` and the like: no such document (404), instead of a failed database query. */
export const idMustBeWellFormed: CollectionBeforeOperationHook = ({ args, req }) => {
  const id = (args as { id?: unknown }).id
  if (id !== undefined && id !== null && !isDocumentId(req, id)) throw new NotFound(req.t)
  return args
}

/** The guards, added in front of a collection's own hooks. */
export function withGuards(collection: CollectionConfig): CollectionConfig {
  return { ...collection, hooks: { ...collection.hooks, beforeOperation: [idMustBeWellFormed, ...(collection.hooks?.beforeOperation ?? [])] } }
}

/** The edit view's «API» tab (an English word and raw JSON) is for developers, who have the REST API itself. */
export function withoutAPITab(collection: CollectionConfig): CollectionConfig {
  return { ...collection, admin: { ...collection.admin, hideAPIURL: true } }
}
