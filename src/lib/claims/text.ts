// Arabic text helpers for the claim detector: a matching form of the text that keeps a map back to the
// original offsets, and sentence splitting with offsets.

import { ALEF_FOLDS, DROPPED, HAMZA_SEAT_FOLDS, PERSIAN_LETTERS, YEH_FOLDS } from '@/lib/arabic/chars'

// The matching form is built from the one character table (src/lib/arabic/chars.ts): what it drops (tashkeel,
// tatweel, soft hyphen, U+061C and every other invisible character) and its letter folds. Teh marbuta is kept:
// the detector's word lists tell ة from ه.
const FOLDED: Record<string, string> = Object.fromEntries(
  Object.entries({ ...PERSIAN_LETTERS }).map(([char, to]) => [char, ALEF_FOLDS[to] ?? YEH_FOLDS[to] ?? HAMZA_SEAT_FOLDS[to] ?? to]),
)
Object.assign(FOLDED, ALEF_FOLDS, YEH_FOLDS, HAMZA_SEAT_FOLDS)

/** Moves `end` past the tashkeel and invisible marks that belong to the last letter before it. */
export function extendOverMarks(original: string, end: number): number {
  let at = end
  while (at < original.length && DROPPED.test(original[at])) at++
  return at
}

export type Folded = { text: string; toOriginal: number[] }

/** Presentation forms (text pasted from PDFs) and fullwidth forms: read through NFKC, one original index for all they become. */
const COMPATIBILITY = /[\uFB50-\uFDFF\uFE70-\uFEFF\uFF00-\uFFEF]/
const SPECIAL = new RegExp(`${DROPPED.source}|${COMPATIBILITY.source}`, 'g')
const VARIANTS = new RegExp(`[${Object.keys(FOLDED).join('')}]`, 'g')

/** Drops tashkeel, tatweel and invisible marks and folds letter variants; `toOriginal[i]` is where folded char i came from. */
export function fold(original: string): Folded {
  // Whole runs between special characters are copied at once; folding a variant keeps the length, so it comes last.
  const kept: string[] = []
  const toOriginal: number[] = []
  let from = 0
  const keep = (to: number) => {
    if (to > from) kept.push(original.slice(from, to))
    for (let at = from; at < to; at++) toOriginal.push(at)
  }
  for (const special of original.matchAll(SPECIAL)) {
    keep(special.index)
    from = special.index + 1
    if (DROPPED.test(special[0])) continue
    for (const char of special[0].normalize('NFKC')) {
      if (DROPPED.test(char)) continue
      kept.push(char)
      for (let unit = 0; unit < char.length; unit++) toOriginal.push(special.index)
    }
  }
  keep(original.length)
  toOriginal.push(original.length)
  return { text: kept.join('').replace(VARIANTS, (variant) => FOLDED[variant]), toOriginal }
}

export type Span = { start: number; end: number; text: string }

const SENTENCE_END = /[.!?؟؛\n]+/g

/**
 * The longest stretch read as one sentence. Our corpus's and the seed's longest sentence is under 350
 * characters; a "sentence" longer than this (a body without punctuation) is read in windows of at most this
 * length, so that no step of the detector works on more than a bounded stretch at a time.
 */
export const MAX_SENTENCE = 1000

/** Where a window of `text` that starts at `start` should end: after the last comma or space of its second half. */
function windowEnd(text: string, start: number, end: number): number {
  const limit = start + MAX_SENTENCE
  if (end <= limit) return end
  for (let at = limit; at > start + MAX_SENTENCE / 2; at--) if (/[\s،,:]/.test(text[at - 1])) return at
  // No break in sight: cut, but not between a letter and its marks nor inside a surrogate pair.
  let at = limit
  while (at > start + 1 && (DROPPED.test(text[at]) || /[\uDC00-\uDFFF]/.test(text[at]))) at--
  return at
}

/**
 * Sentences with their offsets in `text`, trimmed, one at a time; a full stop inside a number (14.5) does not
 * end one. A sentence longer than MAX_SENTENCE comes as consecutive windows.
 */
export function* sentences(text: string): Generator<Span> {
  let start = 0
  const ending = text.matchAll(SENTENCE_END)
  for (let end = nextEnd(); ; end = nextEnd()) {
    for (let from = start; from < end; ) {
      const to = windowEnd(text, from, end)
      const raw = text.slice(from, to)
      const lead = raw.length - raw.trimStart().length
      const trimmed = raw.trim()
      if (trimmed) yield { start: from + lead, end: from + lead + trimmed.length, text: trimmed }
      from = to
    }
    if (end === text.length) return
    start = end
  }

  function nextEnd(): number {
    for (let match = ending.next(); !match.done; match = ending.next()) {
      const at = match.value.index
      const mark = match.value[0]
      const isDecimal = mark === '.' && /\d/.test(text[at - 1] ?? '') && /\d/.test(text[at + 1] ?? '')
      if (!isDecimal) return at + mark.length
    }
    return text.length
  }
}

/**
 * Whether a quotation of at least 12 characters stands in «…» (what /«[^»]{12,}»/ finds, in one pass: that
 * regex rescans the rest of the sentence from every « that is never closed).
 */
export function hasLongQuote(sentence: string): boolean {
  let opened = -1
  for (let at = 0; at < sentence.length; at++) {
    if (sentence[at] === '«' && opened < 0) opened = at
    else if (sentence[at] === '»') {
      if (opened >= 0 && at - opened > 12) return true
      opened = -1
    }
  }
  return false
}

/** Words of a folded text with their offsets; a number keeps its decimal and thousands marks. */
export function words(text: string): Span[] {
  // Letters and digits are separate words: "و4" is و then 4.
  return [...text.matchAll(/\p{N}+(?:[.,٫٬]\p{N}+)*|\p{L}+/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
  }))
}
