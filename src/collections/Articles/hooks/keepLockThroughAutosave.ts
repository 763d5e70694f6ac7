import type { CollectionAfterChangeHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

// Payload drops a document's lock on every save, autosave included, and the edit view takes it back only at the
// next keystroke: an editor who paused for a second left the article open to a colleague's silent overwrite
// (tests: e2e/data-safety.spec.ts). An autosave by the lock's holder keeps the lock, freshly dated; a save from
// the buttons still lets it go, as Payload does, for the editor is likely done.

const LOCKS = 'payload-locked-documents'
const KEEP = 'keepLockFor'

const lockOf = (req: PayloadRequest, id: number | string) =>
  req.payload.find({
    collection: LOCKS,
    where: { and: [{ 'document.relationTo': { equals: 'articles' } }, { 'document.value': { equals: id } }] },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })

/** Before Payload drops the lock: remember whether this autosave comes from the lock's holder. */
export const rememberAutosaveLock: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const { autosave, id } = args as { autosave?: boolean; id?: number | string }
  if (operation !== 'update' || !autosave || !req.user || id === undefined) return args
  const { docs } = await lockOf(req, id)
  const holder = docs[0]?.user?.value
  if ((typeof holder === 'object' ? holder?.id : holder) === req.user.id) req.context[KEEP] = { id, user: req.user.id }
  return args
}

/** After the autosave: the holder's lock again, dated now. */
export const keepLockThroughAutosave: CollectionAfterChangeHook = async ({ doc, req }) => {
  const keep = req.context[KEEP] as { id: number | string; user: number | string } | undefined
  if (!keep || String(keep.id) !== String(doc.id)) return doc
  delete req.context[KEEP]
  const { docs } = await lockOf(req, doc.id)
  if (!docs.length) {
    await req.payload.create({
      collection: LOCKS,
      data: { document: { relationTo: 'articles', value: doc.id }, user: { relationTo: 'users', value: keep.user } } as never,
      overrideAccess: true,
      req,
    })
  }
  return doc
}
