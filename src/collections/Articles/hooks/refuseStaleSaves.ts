import type { CollectionBeforeChangeHook, Field, FlattenedField, PayloadRequest } from 'payload'

import { refusal } from '@/collections/errors'
import { idOf } from '@/lib/ids'

// Two people on one article never silently overwrite each other. Payload's lock holds an article only while its
// holder has unsaved changes (every save, autosave included, lets it go), so a colleague may open and change it a
// second after a pause. The admin's form sends back the `updatedAt` of the version it shows: a save from a form
// older than a version someone else saved since is merged field by field with what they changed (the version the
// form started from, the one stored now, the one sent), and refused (409) only where both changed the same field.
// A client that sends no `updatedAt` (a script) is not checked.
// Tests: tests/int/stale-saves.int.spec.ts, e2e/data-safety.spec.ts, e2e/assign-while-writing.spec.ts.

/** Who saved the version: set by the server on every save, whatever a client sends. */
export const savedByField: Field = {
  name: 'savedBy',
  type: 'relationship',
  relationTo: 'users',
  label: { ar: 'آخر من حفظ', en: 'Last saved by' },
  admin: { position: 'sidebar', readOnly: true },
  hooks: { beforeChange: [({ req, originalDoc }) => (req.user ? req.user.id : (idOf(originalDoc?.savedBy) ?? null))] },
}

/** Kept by the server whatever a form sends (timestamps, who saved, the workflow's history): never merged. */
const SERVER_KEPT = new Set(['id', 'createdAt', 'updatedAt', 'savedBy', 'history', 'createdBy', '_status', 'previousSlugs'])

type Doc = Record<string, unknown>
type Label = { ar: string; en: string }

// An emptied field and one never filled are the same; so are the same keys in another order.
const canonical = (value: unknown): unknown => {
  if (value === undefined || value === null || value === '') return null
  if (Array.isArray(value)) return value.length ? value.map(canonical) : null
  if (typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((key) => [key, canonical((value as Doc)[key])] as const)
    return Object.fromEntries(entries.filter(([, inner]) => inner !== null))
  }
  return value
}
const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b))
const isObject = (value: unknown): value is Doc => Boolean(value) && typeof value === 'object' && !Array.isArray(value)

const labelOf = (field: FlattenedField, parent: Label | null): Label => {
  const own = 'label' in field ? field.label : undefined
  const label = typeof own === 'string' ? { ar: own, en: own } : own && typeof own === 'object' ? { ar: String((own as Label).ar ?? field.name), en: String((own as Label).en ?? field.name) } : { ar: field.name, en: field.name }
  return parent ? { ar: `${parent.ar} ← ${label.ar}`, en: `${parent.en} → ${label.en}` } : label
}

/**
 * The three-way merge, written into `incoming`: a field the form did not change since `base` takes what is stored
 * now (a colleague's change stays); a field only the form changed keeps the form's value; a field both changed
 * differently is a conflict. Groups merge field by field; any other value (the body, a list) is one field.
 */
function mergeInto(incoming: Doc, base: Doc, current: Doc, fields: FlattenedField[], parent: Label | null = null): Label[] {
  const conflicts: Label[] = []
  for (const key of Object.keys(incoming)) {
    const value = incoming[key]
    if (value === undefined || (!parent && SERVER_KEPT.has(key))) continue
    const field = fields.find((candidate) => candidate.name === key)
    // A join lists other documents: it is not the article's own data.
    if (!field || ('virtual' in field && field.virtual) || field.type === 'join') continue
    if (same(value, current[key])) continue
    if (same(value, base[key])) {
      incoming[key] = current[key] ?? null
      continue
    }
    if (same(current[key], base[key])) continue
    if (field.type === 'group' && isObject(value)) {
      conflicts.push(...mergeInto(value, isObject(base[key]) ? base[key] : {}, isObject(current[key]) ? current[key] : {}, field.flattenedFields, labelOf(field, parent)))
      continue
    }
    conflicts.push(labelOf(field, parent))
  }
  return conflicts
}

/** No ASCII colon or comma in it: the admin's toast splits a message at them into a list. */
const staleSave = (req: PayloadRequest, name: string | undefined, fields: Label[]) => {
  const who = name || 'زميل'
  const ar = fields.length ? `غيّر ${who} ${fields.map(({ ar }) => `«${ar}»`).join(' و')} بعد أن فتحت المقال` : `حفظ ${who} هذا المقال بعد أن فتحته`
  const en = fields.length ? `${name || 'A colleague'} changed ${fields.map(({ en }) => `“${en}”`).join(' and ')} after you opened this article` : `${name || 'A colleague'} saved this article after you opened it`
  return refusal(
    req,
    409,
    `${ar}، فلم يُحفظ تعديلك كي لا يُمحى تعديله. احتفظ بنسخة مما كتبته ثم أعد تحميل الصفحة لترى نسخته وأعد تعديلك`,
    `${en}. Your change was not saved so that theirs is not erased. Keep a copy of what you wrote. Reload the page to see their version and make your change again`,
  )
}

/** The version a form was opened on, as this request's locale reads it: the one saved at the `updatedAt` it sends. */
async function versionSeen(req: PayloadRequest, id: number | string, updatedAt: string): Promise<Doc | null> {
  const { docs } = await req.payload.findVersions({
    collection: 'articles',
    where: { and: [{ parent: { equals: id } }, { 'version.updatedAt': { equals: updatedAt } }] },
    depth: 0,
    limit: 1,
    pagination: false,
    locale: req.locale ?? undefined,
    fallbackLocale: false,
    overrideAccess: true,
    showHiddenFields: true,
    req,
  })
  return (docs[0]?.version as unknown as Doc | undefined) ?? null
}

/**
 * Payload's autosave rewrites the latest version in place when that one was an autosave too. When a colleague
 * saved it, it is what their open form started from: it stays as it is, and this save starts a version of its own.
 */
async function keepColleagueVersion(req: PayloadRequest, id: number | string) {
  const { docs } = await req.payload.db.findVersions({ collection: 'articles', where: { parent: { equals: id } }, sort: '-updatedAt', limit: 1, pagination: false, req })
  const latest = docs[0] as { id: number | string; autosave?: boolean } | undefined
  if (latest?.autosave !== true) return
  await req.payload.db.updateVersion({ collection: 'articles', id: latest.id, versionData: { autosave: false } as never, returning: false, req })
}

export const refuseStaleSaves: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, operation, req }) => {
  // Restoring a version is a deliberate choice of older words, not a form that fell behind.
  if (operation !== 'update' || !req.user || !originalDoc || req.context.restoringVersion === true) return data
  const savedBy = idOf(originalDoc.savedBy)
  const colleagueSavedLast = Boolean(savedBy) && savedBy !== req.user.id
  const seen = Date.parse(String(data.updatedAt ?? ''))
  const current = Date.parse(String(originalDoc.updatedAt ?? ''))
  if (colleagueSavedLast && !Number.isNaN(seen) && !Number.isNaN(current) && seen < current) {
    const base = await versionSeen(req, originalDoc.id, String(data.updatedAt))
    // Without the version the form started from, nobody can tell its changes from the colleague's.
    const conflicts = base ? mergeInto(data, base, originalDoc, collection.flattenedFields) : []
    if (!base || conflicts.length) {
      const { docs } = await req.payload.find({ collection: 'users', where: { id: { equals: savedBy } }, select: { name: true }, depth: 0, limit: 1, overrideAccess: true, req })
      throw staleSave(req, docs[0]?.name, conflicts)
    }
  }
  if (colleagueSavedLast && req.context.autosave === true) await keepColleagueVersion(req, originalDoc.id)
  return data
}
