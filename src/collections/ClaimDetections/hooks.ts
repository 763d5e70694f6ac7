import type { CollectionBeforeDeleteHook } from 'payload'

/** Before an article goes: its detection run refers to it. */
export const forgetDetections: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'claim-detections', where: { article: { equals: id } }, overrideAccess: true, req })
}
