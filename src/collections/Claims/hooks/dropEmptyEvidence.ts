import type { CollectionBeforeValidateHook } from 'payload'

import type { Claim } from '@/payload-types'

type Evidence = NonNullable<Claim['evidence']>[number]

const filled = (text: unknown) => typeof text === 'string' && text.trim().length > 0

/** Whether an evidence row says anything a reader could follow: a link, an archived link or a description. */
export const isEmptyEvidence = (row: Partial<Evidence> | null | undefined) =>
  !row || (!filled(row.url) && !filled(row.archivedUrl) && !filled(row.description))

/**
 * A row added with «أضف دليل» and left blank is not evidence: saved, it reached readers as an empty bullet
 * under «الأدلة» and counted towards the publish gate. Dropped on every save, from any API.
 */
export const dropEmptyEvidence: CollectionBeforeValidateHook<Claim> = ({ data }) => {
  if (!data || !Array.isArray(data.evidence)) return data
  return { ...data, evidence: data.evidence.filter((row) => !isEmptyEvidence(row)) }
}
