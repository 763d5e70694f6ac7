import type { CollectionBeforeChangeHook, Field, PayloadRequest } from 'payload'

import { refusal } from '@/collections/errors'
import { idOf } from '@/lib/ids'

// Two people on one article never silently overwrite each other. Payload's lock holds an article only while its
// holder has unsaved changes (every save, autosave included, lets it go), so a colleague may open and change it a
// second after a pause. The admin's form sends back the `updatedAt` of the version it shows: a save from a form
// older than a version someone else saved since is refused (409) and says what to do. A client that sends no
// `updatedAt` (a script) is not checked. Tests: tests/int/stale-saves.int.spec.ts, e2e/data-safety.spec.ts.

/** Who saved the version: set by the server on every save, whatever a client sends. */
export const savedByField: Field = {
  name: 'savedBy',
  type: 'relationship',
  relationTo: 'users',
  label: { ar: 'آخر من حفظ', en: 'Last saved by' },
  admin: { position: 'sidebar', readOnly: true },
  hooks: { beforeChange: [({ req, originalDoc }) => (req.user ? req.user.id : (idOf(originalDoc?.savedBy) ?? null))] },
}

/** No ASCII colon or comma in it: the admin's toast splits a message at them into a list. */
const staleSave = (req: PayloadRequest, name: string | undefined) =>
  refusal(
    req,
    409,
    `حفظ ${name || 'زميل'} هذا المقال بعد أن فتحته، فلم يُحفظ تعديلك كي لا يُمحى تعديله. أعد تحميل الصفحة لترى نسخته ثم أعد تعديلك`,
    `${name || 'A colleague'} saved this article after you opened it. Your change was not saved so that theirs is not erased. Reload the page to see their version and make your change again`,
  )

export const refuseStaleSaves: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  // Restoring a version is a deliberate choice of older words, not a form that fell behind.
  if (operation !== 'update' || !req.user || !originalDoc || req.context.restoringVersion === true) return data
  const seen = Date.parse(String(data.updatedAt ?? ''))
  const current = Date.parse(String(originalDoc.updatedAt ?? ''))
  const savedBy = idOf(originalDoc.savedBy)
  if (Number.isNaN(seen) || Number.isNaN(current) || seen >= current || !savedBy || savedBy === req.user.id) return data
  const { docs } = await req.payload.find({ collection: 'users', where: { id: { equals: savedBy } }, select: { name: true }, depth: 0, limit: 1, overrideAccess: true, req })
  throw staleSave(req, docs[0]?.name)
}
