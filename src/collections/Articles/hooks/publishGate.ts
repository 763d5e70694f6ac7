import type { PayloadRequest } from 'payload'

import { blockingReason, speaksForParty, statesFigure } from '@/lib/claims/verdicts'
import type { Claim, Source } from '@/payload-types'

import { detectionBlocker } from '@/collections/ClaimDetections/runs'
import { invalid } from '@/collections/errors'
import { idOf } from '@/lib/ids'

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

const ACTIONS = {
  publish: { ar: 'لا يُنشر المقال', en: 'The article cannot be published' },
  approve: { ar: 'لا يُعتمد المقال', en: 'The article cannot be approved' },
} as const
export type GateAction = keyof typeof ACTIONS

/** Why one claim (read with depth 2: its sources' affiliations) holds its article back; null when dealt with. */
export function claimBlocker(claim: Claim) {
  return blockingReason({
    text: claim.text,
    verdict: claim.verdict,
    named: claim.named,
    hasClaimant: Boolean(claim.claimant),
    unnamedReason: claim.unnamedReason,
    unnamedDescription: claim.unnamedDescription,
    independentSources: independentOf(claim.claimant, claim.corroboratingSources ?? []),
    partyToConflict: speaksForParty(claim.claimant),
    statesFigure: statesFigure(claim),
    evidenceCount: (claim.evidence ?? []).filter((item) => item.url || item.description).length,
    needsRecheck: claim.needsRecheck,
  })
}

/** The claims of some articles, as the gate reads them. */
export async function gateClaims(req: PayloadRequest, articleIds: (number | string)[]): Promise<Claim[]> {
  if (!articleIds.length) return []
  const { docs } = await req.payload.find({ collection: 'claims', where: { article: { in: articleIds } }, depth: 2, limit: 5000, pagination: false, overrideAccess: true, req })
  return docs
}

/** The article's claims as the gate reads them: blocking reasons and passages. */
export async function claimsOf(req: PayloadRequest, articleId: number | string) {
  const docs = await gateClaims(req, [articleId])
  const blocking = docs.flatMap((claim) => {
    const reason = claimBlocker(claim)
    return reason ? [{ text: claim.text, reason }] : []
  })
  return { blocking, total: docs.length, passages: docs.flatMap((claim) => [claim.anchor?.quote, claim.text].filter((text): text is string => Boolean(text))) }
}

/**
 * The gate, at publication and at approval alike: an article goes no further while any of its claims is
 * unverified, lacks a claimant, is unnamed without a reason and a description, or is corroborated by fewer than
 * two independent sources. The refusal names each blocking claim, in Arabic and English.
 */
export async function assertClaimsDealtWith(req: PayloadRequest, articleId: number | string, action: GateAction = 'publish'): Promise<void> {
  refuseBlockingClaims(req, (await claimsOf(req, articleId)).blocking, action)
}

function refuseBlockingClaims(req: PayloadRequest, blocking: Awaited<ReturnType<typeof claimsOf>>['blocking'], action: GateAction): void {
  if (!blocking.length) return

  const ar = blocking.map(({ text, reason }) => `«${text}» (${reason.ar})`).join('؛ ')
  const en = blocking.map(({ text, reason }) => `"${text}" (${reason.en})`).join('; ')
  invalid(req, 'claims', `${ACTIONS[action].ar} قبل معالجة كل ادعاء فيه: ${ar}.`, `${ACTIONS[action].en} until every claim is dealt with: ${en}.`)
}

/**
 * Approval: the same gate on the claims (read once), and the detector run on the text as it stands, with each of
 * its proposals accepted or dismissed.
 */
export async function assertApprovable(req: PayloadRequest, articleId: number | string, body: unknown): Promise<void> {
  const { blocking, passages } = await claimsOf(req, articleId)
  refuseBlockingClaims(req, blocking, 'approve')
  const blocker = await detectionBlocker(req, articleId, body, passages)
  if (!blocker) return
  if (blocker.kind === 'notRun') {
    invalid(req, 'claims', 'لا يُعتمد المقال قبل تشغيل «اكتشاف الادعاءات» على نصه', 'The article cannot be approved before "Detect claims" has run on its text')
  }
  if (blocker.kind === 'stale') {
    invalid(
      req,
      'claims',
      'تغيّر نص المقال بعد آخر تشغيل لـ«اكتشاف الادعاءات»: شغّله مجددًا على النص الحالي قبل الاعتماد',
      'The text changed after "Detect claims" last ran: run it again on the current text before approving',
    )
  }
  const list = blocker.kind === 'open' ? blocker.sentences : []
  invalid(
    req,
    'claims',
    `لا يُعتمد المقال قبل قبول كل اقتراح من «اكتشاف الادعاءات» أو استبعاده: ${list.map((sentence) => `«${sentence}»`).join('؛ ')}.`,
    `The article cannot be approved until every "Detect claims" proposal is accepted or dismissed: ${list.map((sentence) => `"${sentence}"`).join('; ')}.`,
  )
}
