import type { Access, AccessResult, CollectionBeforeChangeHook, CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import { isStaff } from '@/access/isStaff'
import { hasRole } from '@/access/roles'
import { refuse } from '@/collections/errors'
import { idOf } from '@/lib/ids'

// Payload's document locks ("X is editing this") are a collection Payload adds itself, open to anyone signed in:
// a writer could lock the checker out of an article under the admin's name, or lift anyone's lock. The rules
// here: a lock is taken only as oneself, only on a document one may change, and lifted only by its holder, an
// editor or an admin. Payload builds that collection after our config is read, so the rules are put on it once
// Payload is initialised (the admin's own locking writes through the adapter and is unaffected).

const SLUG = 'payload-locked-documents'

/** The holder's own locks; editors and admins any. */
const holderOrDesk: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'editor', 'admin')) return true
  return { 'user.value': { equals: user.id } } satisfies Where
}

/** Whether `req.user` passes the update rule of the document (or global) a lock is about. */
async function mayChange(req: PayloadRequest, target: { collection?: string; id?: unknown; global?: string }): Promise<boolean> {
  const { payload } = req
  if (target.global) {
    const access = payload.globals.config.find((global) => global.slug === target.global)?.access.update
    return Boolean(access && (await access({ req })))
  }
  const collection = target.collection && payload.collections[target.collection as CollectionSlug]
  if (!collection || target.id === undefined) return false
  const result: AccessResult = await collection.config.access.update({ req, id: target.id as number })
  if (typeof result === 'boolean') return result
  const { totalDocs } = await payload.count({
    collection: collection.config.slug,
    where: { and: [{ id: { equals: target.id } }, result] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

const lockAsOneself: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  // Payload's own writes (no person behind them) are trusted.
  if (!req.user) return data
  const user = data.user ?? originalDoc?.user
  if (idOf((user as { value?: unknown } | undefined)?.value) !== req.user.id || (user as { relationTo?: string }).relationTo !== req.user.collection) {
    refuse(req, 'لا يُقفل مستند إلا باسمك أنت', 'A document can only be locked in your own name')
  }
  const document = (data.document ?? originalDoc?.document) as { relationTo?: string; value?: unknown } | undefined
  const target = { collection: document?.relationTo, id: idOf(document?.value), global: data.globalSlug ?? originalDoc?.globalSlug }
  if (!(await mayChange(req, target))) refuse(req, 'لا يمكنك قفل مستند لا تملك تعديله', 'You cannot lock a document you may not edit')
  return data
}

/** Puts the lock rules on Payload's lock collection (from `onInit`). */
export function applyLockRules(payload: Payload): void {
  const locks = payload.collections[SLUG as CollectionSlug]?.config
  if (!locks) return
  locks.access = { ...locks.access, read: isStaff, create: isStaff, update: holderOrDesk, delete: holderOrDesk }
  locks.hooks.beforeChange = [lockAsOneself, ...(locks.hooks.beforeChange ?? []).filter((hook) => hook !== lockAsOneself)]
}
