// How the claim detector (outside the editor) asks the editor to mark an accepted claim in the text.

export const MARK_CLAIM_EVENT = 'mirsad:mark-claim'

export type MarkClaimDetail = { claimId: string; quote: string; marked?: boolean }

/** Asks the open article editor to mark `quote` as claim `claimId`; true when the passage was found and marked. */
export function requestClaimMark(claimId: string, quote: string): boolean {
  const detail: MarkClaimDetail = { claimId, quote }
  window.dispatchEvent(new CustomEvent(MARK_CLAIM_EVENT, { detail }))
  return detail.marked === true
}
