// Arabic-aware slugs: Payload's default slugify drops every non-ASCII letter, which empties Arabic titles.
// The pipeline's folding comes first (./arabic/chars), so one title gives one address however it was typed:
// in PDF glyph forms, with Persian letters or another script's digits; hamza stays, as readers write it.

import { asciiDigit, DROPPED, FORMAT_CONTROL, PERSIAN_LETTERS } from './arabic/chars'

export const MAX_SLUG_LENGTH = 80

const KEPT = /[\p{L}\p{N}]/u
const MARK = /\p{M}/u
const VARIATION_SELECTOR = /[\p{Variation_Selector}\p{Me}]/u
const LATIN = /\p{Script=Latin}/u

/** The letters and digits of `text`, folded, lower case, words joined by single dashes; '' when none is left. */
export function slugify(text: string, max = MAX_SLUG_LENGTH): string {
  // Persian letters before NFKC too: NFKC takes ٵ apart into ا and a high hamza.
  const compatible = Array.from(text, (char) => PERSIAN_LETTERS[char] ?? char)
    .join('')
    .normalize('NFKC')
  let slug = ''
  let dash = false
  for (const char of compatible) {
    if (DROPPED.test(char) || FORMAT_CONTROL.test(char)) continue
    if (MARK.test(char)) {
      // A mark stays on the letter it is written on (Devanagari vowels); alone, after a dash or an emoji, it goes.
      if (!dash && slug && !VARIATION_SELECTOR.test(char) && !/[a-z0-9]$/.test(slug)) slug += char
      continue
    }
    const folded = PERSIAN_LETTERS[char] ?? asciiDigit(char) ?? char
    if (!KEPT.test(folded)) {
      dash = true
      continue
    }
    if (dash && slug) slug += '-'
    dash = false
    slug += LATIN.test(folded) ? folded.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '') : folded.toLowerCase()
  }
  return cutSlug(slug, max)
}

/**
 * `slug` cut to at most `max` UTF-16 units: at the last dash when one stands in the second half, else at
 * the last whole grapheme, so that no surrogate pair or letter with its marks is split.
 */
export function cutSlug(slug: string, max = MAX_SLUG_LENGTH): string {
  if (slug.length <= max) return slug
  const lastDash = slug.lastIndexOf('-', max)
  if (lastDash > max / 2) return slug.slice(0, lastDash)
  let end = 0
  for (const { segment } of graphemes.segment(slug)) {
    if (end + segment.length > max) break
    end += segment.length
  }
  return slug.slice(0, end).replace(/-+$/, '')
}

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' })

/** A slug for a title with no letters or digits in it: the date, then a short random part. */
export function datedSlug(date: Date, random: () => string = () => globalThis.crypto.randomUUID().slice(0, 8)): string {
  return `${date.toISOString().slice(0, 10)}-${random()}`
}

/** Whether `slug` is one that datedSlug made. */
export function isDatedSlug(slug: string): boolean {
  return /^\d{4}-\d{2}-\d{2}-[0-9a-f]{8}$/.test(slug)
}

/** `slug`, then `slug-2`, `slug-3`, … until `isTaken` says no; the number fits inside `max`. */
export async function uniqueSlug(base: string, isTaken: (candidate: string) => Promise<boolean>, max = MAX_SLUG_LENGTH): Promise<string> {
  let candidate = cutSlug(base, max)
  for (let n = 2; await isTaken(candidate); n++) {
    const suffix = `-${n}`
    candidate = `${cutSlug(base, max - suffix.length)}${suffix}`
  }
  return candidate
}
