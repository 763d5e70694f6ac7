import type { Locale } from '@/i18n/locales'
import { CHANNELS, VERDICTS, type Verdict } from '@/lib/claims/verdicts'
import { isWebURL } from '@/lib/urls'
import type { Source } from '@/payload-types'

import { payloadClient } from './payload'

export type ClaimView = {
  id: number | string
  text: string
  verdict: Verdict
  verdictLabel: string
  claimant?: string
  unnamedDescription?: string
  partyToConflict: boolean
  channel?: string
  rationale?: string
  evidence: { url?: string; archivedUrl?: string; description?: string }[]
  replies: { contact: string; answer?: string; noAnswer: boolean }[]
  checkedAt?: string
}

/**
 * The claims of a published article as readers see them. Claims are internal records, so this reads them
 * on the reader's behalf, only for an article the caller has already read as published, and only the
 * fields the sources panel shows; links are kept only when they are http(s).
 */
export async function listPublicClaims(articleId: number | string, locale: Locale): Promise<ClaimView[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'claims',
    where: { and: [{ article: { equals: articleId } }, { verdict: { not_equals: 'unverified' } }] },
    depth: 1,
    locale,
    limit: 200,
    pagination: false,
    sort: 'anchor.start',
    select: {
      text: true,
      verdict: true,
      claimant: true,
      named: true,
      unnamedDescription: true,
      channel: true,
      rationale: true,
      evidence: true,
      rightOfReply: true,
      checkedAt: true,
    },
    populate: { sources: { name: true, partyToConflict: true } },
  })
  return docs.map((claim) => {
    const claimant = typeof claim.claimant === 'object' && claim.claimant ? (claim.claimant as Source) : undefined
    const verdict = (claim.verdict ?? 'unverified') as Verdict
    return {
      id: claim.id,
      text: claim.text,
      verdict,
      verdictLabel: VERDICTS[verdict][locale],
      claimant: claim.named === false ? undefined : claimant?.name,
      unnamedDescription: claim.named === false ? (claim.unnamedDescription ?? undefined) : undefined,
      partyToConflict: Boolean(claimant?.partyToConflict),
      channel: claim.channel ? CHANNELS[claim.channel as keyof typeof CHANNELS]?.[locale] : undefined,
      rationale: claim.rationale ?? undefined,
      evidence: (claim.evidence ?? []).map((item) => ({
        url: isWebURL(item.url) ? item.url! : undefined,
        archivedUrl: isWebURL(item.archivedUrl) ? item.archivedUrl! : undefined,
        description: item.description ?? undefined,
      })),
      replies: (claim.rightOfReply ?? []).map((reply) => ({
        contact: reply.contact,
        answer: reply.answer ?? undefined,
        noAnswer: Boolean(reply.noAnswer),
      })),
      checkedAt: claim.checkedAt ?? undefined,
    }
  })
}
