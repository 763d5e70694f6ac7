import type { Verdict } from './verdicts'

/**
 * The numeric scale a ClaimReview gives only to verdicts that place a claim on a line from false to true
 * (docs/claim-review.md). «منسوب لقائله» says who said it, «متنازع عليه» that the evidence conflicts and
 * «لم يُتحقق منه» that we have no finding: a number for those would claim a finding we did not make.
 */
export const TRUTH_SCALE = { worstRating: 1, bestRating: 3 } as const

const TRUTH_VALUES: Partial<Record<Verdict, number>> = { falseClaim: 1, misleading: 2, corroborated: 3 }

/** The verdict's place on the truth scale, or null for a verdict that is not a finding of truth. */
export function truthRating(verdict: Verdict): { ratingValue: number; worstRating: number; bestRating: number } | null {
  const ratingValue = TRUTH_VALUES[verdict]
  return ratingValue === undefined ? null : { ratingValue, ...TRUTH_SCALE }
}
