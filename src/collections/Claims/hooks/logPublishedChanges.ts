import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'

import { fieldError, refuse } from '@/collections/errors'
import type { Claim } from '@/payload-types'

/** What readers see of a claim: a change to any of these on a published article goes in its public log. */
const READER_FIELDS = ['text', 'verdict', 'claimant', 'named', 'unnamedDescription', 'channel', 'rationale', 'evidence', 'rightOfReply'] as const

const visible = (verdict: unknown) => Boolean(verdict) && verdict !== 'unverified'

async function articleIsLive(req: PayloadRequest, article: Claim['article'] | undefined): Promise<boolean> {
  const id = typeof article === 'object' && article ? article.id : article
  if (id == null) return false
  const live = await req.payload
    .findByID({ collection: 'articles', id, draft: false, depth: 0, select: { _status: true }, overrideAccess: true, req })
    .catch(() => null)
  return live?._status === 'published'
}

// Row ids, empty lists and empty strings are not changes a reader could see.
const comparable = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.length ? value.map(comparable) : null
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'id').map(([key, inner]) => [key, comparable(inner)]))
  }
  return value === '' || value === undefined ? null : value
}

/**
 * Readers see a published article's claims as they are now, so every change they would see (a new verdict,
 * other evidence, a claim that appears) needs a public note, kept with the claim and shown, dated, in the
 * article's corrections and updates log. Removing a claim readers can see is refused.
 */
export const logPublishedChanges: CollectionBeforeChangeHook<Claim> = async ({ data, originalDoc, req }) => {
  const note = data.publicNote?.note?.trim()
  const cleared = { ...data, publicNote: { kind: data.publicNote?.kind ?? 'correction', note: null } }
  if (!req.user) return cleared
  const merged: Partial<Claim> = { ...originalDoc }
  for (const [key, value] of Object.entries(data)) if (value !== undefined) Object.assign(merged, { [key]: value })
  if (!visible(originalDoc?.verdict) && !visible(merged.verdict)) return cleared
  const changed = READER_FIELDS.some((field) => JSON.stringify(comparable(originalDoc?.[field])) !== JSON.stringify(comparable(merged[field])))
  if (!changed || !(await articleIsLive(req, merged.article))) return cleared
  if (!note) {
    const message =
      'المقال منشور ويرى القراء هذا الادعاء: اكتب في «ملاحظة للقراء» ما الذي تغيّر / The article is published and readers see this claim: say what changed under "Note to readers"'
    fieldError(req, 'claims', [{ path: 'publicNote.note', message }])
  }
  const entry = { kind: data.publicNote?.kind ?? 'correction', note, at: new Date().toISOString() }
  return { ...cleared, log: [...(originalDoc?.log ?? []), entry] }
}

export const keepPublishedClaims: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (!req.user) return
  const claim = await req.payload.findByID({ collection: 'claims', id, depth: 0, overrideAccess: true, req }).catch(() => null)
  if (!claim || !visible(claim.verdict) || !(await articleIsLive(req, claim.article))) return
  refuse(
    req,
    'يرى القراء هذا الادعاء في مقال منشور فلا يُحذف: غيّر حكمه مع ملاحظة للقراء، أو اسحب المقال أولًا',
    'readers see this claim on a published article, so it cannot be deleted: change its verdict with a note to readers, or unpublish the article first',
  )
}
