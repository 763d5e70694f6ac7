import type { CollectionBeforeChangeHook } from 'payload'

import { claimBlocker } from '@/collections/Articles/hooks/publishGate'
import { fieldError } from '@/collections/errors'
import type { Claim, Source } from '@/payload-types'
import { idOf } from '@/lib/ids'

/**
 * A verdict is refused on the claim form itself when it does not hold up by the gate's rules (a claimant, two
 * independent sources for "corroborated", a party's figure only as "attributed" or against evidence…), so the
 * checker learns it while giving the verdict, not at approval. "Unverified" is always allowed: work in progress.
 * The system (seeds, imports) and the server's own flagging of changed passages are not judged here.
 */
export const verdictMustHoldUp: CollectionBeforeChangeHook<Claim> = async ({ data, originalDoc, req }) => {
  if (!req.user || req.context.flaggingChangedPassages === true) return data
  const merged = { ...originalDoc, ...Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined)) } as Claim
  if (!merged.verdict || merged.verdict === 'unverified') return data
  const ids = [idOf(merged.claimant), ...(merged.corroboratingSources ?? []).map(idOf)].filter((id): id is number => id != null)
  const { docs } = ids.length
    ? await req.payload.find({ collection: 'sources', where: { id: { in: ids } }, depth: 1, limit: ids.length, pagination: false, overrideAccess: true, req })
    : { docs: [] as Source[] }
  const source = (id: unknown) => docs.find((doc) => doc.id === idOf(id)) ?? (id as number)
  const reason = claimBlocker({
    ...merged,
    claimant: merged.claimant ? source(merged.claimant) : null,
    corroboratingSources: (merged.corroboratingSources ?? []).map(source),
    needsRecheck: false,
  })
  if (!reason) return data
  fieldError(req, 'claims', [{ path: 'verdict', message: `لا يستقيم هذا الحكم: ${reason.ar} / This verdict does not hold: ${reason.en}` }])
}
