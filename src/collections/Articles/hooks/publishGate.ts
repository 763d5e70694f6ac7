import type { PayloadRequest } from 'payload'

import { blockingReason, FIGURE_KINDS, speaksForParty } from '@/lib/claims/verdicts'
import type { Source } from '@/payload-types'

import { invalid } from '@/collections/errors'

const idOf = (value: number | Source | null | undefined) => (typeof value === 'object' && value ? value.id : value)

/** Sources that do not speak for the claimant: neither the claimant, nor affiliated with it either way. */
function independentOf(claimant: number | Source | null | undefined, sources: (number | Source)[]): number {
  const claimantId = idOf(claimant)
  const claimantAffiliation = typeof claimant === 'object' && claimant ? idOf(claimant.affiliation) : undefined
  const independent = new Set<number>()
  for (const source of sources) {
    const id = idOf(source)
    if (id == null || id === claimantId || id === claimantAffiliation) continue
    if (typeof source === 'object' && claimantId != null && idOf(source.affiliation) === claimantId) continue
    independent.add(id)
  }
  return independent.size
}

/**
 * The publish gate: an article is not published while any of its claims is unverified, lacks a claimant,
 * is unnamed without a reason and a description, or is corroborated by fewer than two independent sources.
 * The refusal names each blocking claim, in Arabic and English.
 */
export async function assertClaimsDealtWith(req: PayloadRequest, articleId: number | string): Promise<void> {
  const { docs } = await req.payload.find({
    collection: 'claims',
    where: { article: { equals: articleId } },
    depth: 2,
    limit: 500,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const blocking = docs.flatMap((claim) => {
    const reason = blockingReason({
      text: claim.text,
      verdict: claim.verdict,
      named: claim.named,
      hasClaimant: Boolean(claim.claimant),
      unnamedReason: claim.unnamedReason,
      unnamedDescription: claim.unnamedDescription,
      independentSources: independentOf(claim.claimant, claim.corroboratingSources ?? []),
      partyToConflict: speaksForParty(claim.claimant),
      statesFigure: Boolean(claim.figures?.length) || FIGURE_KINDS.includes(claim.kind ?? ''),
      evidenceCount: (claim.evidence ?? []).filter((item) => item.url || item.description).length,
    })
    return reason ? [{ text: claim.text, reason }] : []
  })
  if (!blocking.length) return

  const ar = blocking.map(({ text, reason }) => `«${text}» (${reason.ar})`).join('؛ ')
  const en = blocking.map(({ text, reason }) => `"${text}" (${reason.en})`).join('; ')
  invalid(
    req,
    'claims',
    `لا يُنشر المقال قبل معالجة كل ادعاء فيه: ${ar}.`,
    `The article cannot be published until every claim is dealt with: ${en}.`,
  )
}
