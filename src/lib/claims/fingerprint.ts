import { createHash } from 'node:crypto'

import { normalizeArabic } from '@/lib/arabic/normalize'

/** Text folded for comparing words: the Arabic normal form, spacing collapsed. */
export const foldedWords = (text: string | null | undefined) => normalizeArabic(text ?? '').replace(/\s+/g, ' ').trim()

/**
 * A fingerprint of an article's words, so the server knows whether the detector ran on the text as it stands:
 * the same words with other marks, spacing or tashkeel give the same fingerprint.
 */
export function textFingerprint(text: string): string {
  return createHash('sha256').update(foldedWords(text)).digest('hex')
}

/** Whether a recorded passage and a proposed sentence are the same claim (one holds the other, once folded). */
export function samePassage(a: string | null | undefined, b: string | null | undefined): boolean {
  const left = foldedWords(a)
  const right = foldedWords(b)
  return Boolean(left && right) && (left.includes(right) || right.includes(left))
}

/** samePassage against each of `passages`, folded once: a long article's proposals are each tried against them all. */
export function anyOfPassages(passages: (string | null | undefined)[]): (sentence: string) => boolean {
  const folded = passages.map(foldedWords).filter(Boolean)
  return (sentence) => {
    const right = foldedWords(sentence)
    return Boolean(right) && folded.some((left) => left.includes(right) || right.includes(left))
  }
}
