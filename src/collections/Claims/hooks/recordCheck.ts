import type { CollectionBeforeChangeHook } from 'payload'

/** Whoever sets or changes a verdict is recorded as its checker, with the time: the server decides, not the form. */
export const recordCheck: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (!req.user) return data
  const verdictChanged = data.verdict !== undefined && data.verdict !== (originalDoc?.verdict ?? 'unverified')
  if (!verdictChanged) return data
  return { ...data, checkedBy: req.user.id, checkedAt: new Date().toISOString() }
}
