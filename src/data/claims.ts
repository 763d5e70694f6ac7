import { isEmptyEvidence } from '@/collections/Claims/hooks/dropEmptyEvidence'
import type { Locale } from '@/i18n/locales'
import type { ReviewedClaim } from '@/lib/claim-review'
import { CHANNELS, speaksForParty, statesFigure, VERDICTS, type Verdict } from '@/lib/claims/verdicts'
import { isWebURL } from '@/lib/urls'
import type { Source } from '@/payload-types'

import { payloadClient } from './payload'
import type { CorrectionView } from './views'

/** What the sources panel shows of a claim; it is also what its ClaimReview is made from. */
export type ClaimView = Omit<ReviewedClaim, 'evidence'> & {
  claimant?: string
  /** An unnamed source as the newsroom describes it, and why it granted anonymity. */
  unnamedDescription?: string
  unnamedReason?: string
  partyToConflict: boolean
  /** A figure (casualties, materiel, a statistic) given by a party to the conflict or someone speaking for one. */
  partyFigure: boolean
  channel?: string
  rationale?: string
  evidence: { url?: string; archivedUrl?: string; description?: string; accessedAt?: string }[]
  replies: { contact: string; answer?: string; noAnswer: boolean }[]
  /** Changes readers were told about since publication. */
  log: CorrectionView[]
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
    depth: 2,
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
      unnamedReason: true,
      channel: true,
      rationale: true,
      figures: true,
      kind: true,
      evidence: true,
      rightOfReply: true,
      checkedAt: true,
      log: true,
    },
    populate: { sources: { name: true, kind: true, links: true, partyToConflict: true, affiliation: true } },
  })
  return docs.map((claim) => {
    const claimant = typeof claim.claimant === 'object' && claim.claimant ? (claim.claimant as Source) : undefined
    const verdict = (claim.verdict ?? 'unverified') as Verdict
    const unnamed = claim.named === false
    return {
      id: claim.id,
      text: claim.text,
      verdict,
      verdictLabel: VERDICTS[verdict][locale],
      claimant: unnamed ? undefined : claimant?.name,
      unnamedDescription: unnamed ? (claim.unnamedDescription ?? undefined) : undefined,
      unnamedReason: unnamed ? (claim.unnamedReason?.trim() || undefined) : undefined,
      author: claimAuthor(unnamed ? undefined : claimant, unnamed ? claim.unnamedDescription : undefined),
      partyToConflict: speaksForParty(claimant),
      partyFigure: speaksForParty(claimant) && statesFigure(claim),
      channel: claim.channel ? CHANNELS[claim.channel as keyof typeof CHANNELS]?.[locale] : undefined,
      rationale: claim.rationale ?? undefined,
      // Rows saved empty before dropEmptyEvidence, or whose only link was not http(s), would be empty bullets.
      evidence: (claim.evidence ?? [])
        .map((item) => ({
          url: isWebURL(item.url) ? item.url! : undefined,
          archivedUrl: isWebURL(item.archivedUrl) ? item.archivedUrl! : undefined,
          description: item.description?.trim() || undefined,
          accessedAt: item.accessedAt ?? undefined,
        }))
        .filter((item) => !isEmptyEvidence(item)),
      replies: (claim.rightOfReply ?? []).map((reply) => ({
        contact: reply.contact,
        answer: reply.answer ?? undefined,
        noAnswer: Boolean(reply.noAnswer),
      })),
      checkedAt: claim.checkedAt ?? undefined,
      log: (claim.log ?? []).map((entry) => ({ kind: entry.kind, note: entry.note, at: entry.at ?? undefined, claim: claim.text })),
    }
  })
}

// Kinds of source that are one person; the rest (and a source we do not know) speak as organisations.
const PERSON_KINDS = ['witness', 'expert', 'anonymous']

/** The claim's author as structured data names it: an unnamed source by its description, never by its record. */
function claimAuthor(source: Source | undefined, unnamedDescription: string | null | undefined): ClaimView['author'] {
  if (unnamedDescription?.trim()) return { name: unnamedDescription.trim(), type: 'Person', links: [] }
  if (!source?.name) return undefined
  const links = (source.links ?? []).flatMap((link) => (isWebURL(link.url) ? [link.url.trim()] : []))
  return { name: source.name, type: PERSON_KINDS.includes(source.kind) ? 'Person' : 'Organization', links }
}

/** The article's own log entries and those kept with its claims, oldest first. */
export function mergeCorrections(article: CorrectionView[], claims: ClaimView[]): CorrectionView[] {
  return [...article, ...claims.flatMap((claim) => claim.log)].sort((a, b) => (a.at ?? '').localeCompare(b.at ?? ''))
}

/** Claims in the order readers meet them in the text; those not marked in it follow, as recorded. */
export function inReadingOrder(claims: ClaimView[], markedIds: string[]): ClaimView[] {
  const place = (claim: ClaimView) => {
    const index = markedIds.indexOf(String(claim.id))
    return index < 0 ? markedIds.length : index
  }
  return [...claims].sort((a, b) => place(a) - place(b))
}
