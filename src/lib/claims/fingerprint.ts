import { createHash } from 'node:crypto'

import { normalizeArabic } from '@/lib/arabic/normalize'

/**
 * A fingerprint of an article's words, so the server knows whether the detector ran on the text as it stands:
 * the same words with other marks, spacing or tashkeel give the same fingerprint.
 */
export function textFingerprint(text: string): string {
  return createHash('sha256').update(normalizeArabic(text).replace(/\s+/g, ' ').trim()).digest('hex')
}

/** Whether a recorded passage and a proposed sentence are the same claim (one holds the other, once folded). */
export function samePassage(a: string | null | undefined, b: string | null | undefined): boolean {
  const left = normalizeArabic(a ?? '').replace(/\s+/g, ' ').trim()
  const right = normalizeArabic(b ?? '').replace(/\s+/g, ' ').trim()
  return Boolean(left && right) && (left.includes(right) || right.includes(left))
}
