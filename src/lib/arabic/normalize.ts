// One normal form of Arabic (and Latin) text for search, used both when an article is indexed and when a
// reader's query is read, so that أحمد finds احمد, مدرسة finds مدرسه, مسئول finds مسؤول and ١٢٣ finds 123.
// Every character's fold comes from the table in ./chars and is worked out once, so the pass stays linear.

import { asciiDigit, DROPPED, FORMAT_CONTROL, MATCH_FOLDS } from './chars'

const HAMZA = 'ء'
const HAMZA_ABOVE = 0x0654
const ALEF_MAQSURA = 0x0649

/** Latin (and other cased) letters without their accents and in lower case: Diora, DIORA and Dióra read alike. */
function latin(char: string): string {
  return char.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')
}

/**
 * What one character becomes: null when dropped, ' ' for a separator, else its folded letters (an NFKC
 * expansion such as ﷺ may hold single spaces between words, never at either end).
 */
function foldOf(char: string): string | null {
  if (DROPPED.test(char) || FORMAT_CONTROL.test(char)) return null
  const letter = MATCH_FOLDS[char] ?? asciiDigit(char)
  if (letter !== undefined) return letter
  // NFKC first: presentation forms, lam-alef ligatures, fullwidth and mathematical letters and digits.
  const compatible = char.normalize('NFKC')
  if (compatible !== char) return foldExpansion(compatible)
  if (/\p{M}/u.test(char)) return null
  return /[\p{L}\p{N}]/u.test(char) ? latin(char) : ' '
}

function foldExpansion(expansion: string): string | null {
  const words: string[] = []
  let word = ''
  let dropped = false
  for (const char of expansion) {
    const folded = foldOf(char)
    if (folded === null) dropped = true
    else if (folded === ' ') {
      if (word) words.push(word)
      word = ''
    } else word += folded
  }
  if (word) words.push(word)
  // An isolated haraka in presentation form (U+FE70…) is a space and a mark: the mark, so dropped.
  if (words.length === 0) return dropped ? null : ' '
  return words.join(' ')
}

// Folds by code unit for the Basic Multilingual Plane, by code point beyond it.
const bmpFolds: (string | null | undefined)[] = new Array(0x10000)
const astralFolds = new Map<number, string | null>()

function fold(code: number, char: string): string | null {
  if (code < 0x10000) {
    let folded = bmpFolds[code]
    if (folded === undefined) bmpFolds[code] = folded = foldOf(char)
    return folded
  }
  let folded = astralFolds.get(code)
  if (folded === undefined) astralFolds.set(code, (folded = foldOf(char)))
  return folded
}

export type Normalized = {
  text: string
  /** toOriginal[i] is the offset in the original text of normalized character i; one past the end at the end. */
  toOriginal: number[]
  /** toOriginalEnd[i] is where the original of normalized character i ends, with the marks that follow it. */
  toOriginalEnd: number[]
}

/**
 * The normal form, keeping a map back to the original offsets (for highlighting matches and token offsets).
 * Letters and digits are kept, folded; every run of anything else becomes one space; no space at either end.
 */
export function normalizeWithMap(original: string): Normalized {
  return run(original, true)
}

/** The normal form of a text, for indexing and for queries alike. */
export function normalizeArabic(text: string): string {
  return run(text, false).text
}

function run(original: string, withMap: boolean): Normalized {
  // Pieces joined once at the end: growing one string and reading its end would flatten it on every step.
  const pieces: string[] = []
  const toOriginal: number[] = []
  const toOriginalEnd: number[] = []
  let pendingSpace = false
  // Whether the last character written is a letter with nothing but dropped marks after it, and what it was.
  let joined = false
  let lastSource = -1
  for (let i = 0; i < original.length; ) {
    const start = i
    let code = original.charCodeAt(i++)
    if (code >= 0xd800 && code <= 0xdbff && i < original.length) {
      const low = original.charCodeAt(i)
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000
        i++
      }
    }
    const folded = fold(code, code < 0x10000 ? original[start] : original.slice(start, i))
    if (folded === null) {
      if (joined) {
        // A combining hamza above sits on the waw or yeh before it: the seat folds to hamza, as ؤ and ئ do.
        const last = pieces[pieces.length - 1]
        if (code === HAMZA_ABOVE && (last.endsWith('و') || last.endsWith('ي'))) pieces[pieces.length - 1] = last.slice(0, -1) + HAMZA
        if (withMap) toOriginalEnd[toOriginalEnd.length - 1] = i
      }
      continue
    }
    if (folded === ' ') {
      pendingSpace = pieces.length > 0
      joined = false
      continue
    }
    if (pendingSpace) {
      pieces.push(' ')
      if (withMap) {
        toOriginal.push(start)
        toOriginalEnd.push(start)
      }
      pendingSpace = false
    } else if (joined && folded === HAMZA && lastSource === ALEF_MAQSURA) {
      // The older spelling ىء (شاطىء) of a hamza on a yeh seat (شاطئ).
      const last = pieces[pieces.length - 1]
      pieces[pieces.length - 1] = last.slice(0, -1)
      if (withMap) {
        toOriginal.pop()
        toOriginalEnd.pop()
      }
    }
    pieces.push(folded)
    if (withMap) {
      for (let n = 0; n < folded.length; n++) {
        toOriginal.push(start)
        toOriginalEnd.push(i)
      }
    }
    joined = true
    lastSource = code
  }
  if (withMap) toOriginal.push(original.length)
  return { text: pieces.join(''), toOriginal, toOriginalEnd }
}

/** The distinct words of a query in normal form, at most `limit` of them. */
export function queryTerms(query: string, limit = 8): string[] {
  return [...new Set(normalizeArabic(query).split(' ').filter(Boolean))].slice(0, limit)
}

export type Piece = { text: string; match: boolean }

/**
 * The original text cut into pieces where any of `terms` (in normal form) matches, for <mark>ing.
 * With `around`, only an excerpt of about that many characters on each side of the first match.
 */
export function highlight(original: string, terms: string[], around?: number): Piece[] {
  const { text, toOriginal, toOriginalEnd } = normalizeWithMap(original)
  const ranges: [number, number][] = []
  for (const term of terms) {
    if (!term) continue
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) {
      ranges.push([toOriginal[at], toOriginalEnd[at + term.length - 1]])
    }
  }
  ranges.sort((a, b) => a[0] - b[0])
  let from = 0
  let to = original.length
  if (around !== undefined) {
    const first = ranges[0]?.[0] ?? 0
    from = Math.max(0, original.lastIndexOf(' ', Math.max(0, first - around)) + 1)
    if (first - around <= 0) from = 0
    const end = original.indexOf(' ', Math.min(original.length, first + around))
    to = end < 0 ? original.length : end
  }
  const pieces: Piece[] = []
  let cursor = from
  for (const [start, end] of ranges) {
    if (end <= cursor || start >= to) continue
    if (start > cursor) pieces.push({ text: original.slice(cursor, start), match: false })
    pieces.push({ text: original.slice(Math.max(start, cursor), Math.min(end, to)), match: true })
    cursor = Math.min(end, to)
  }
  if (cursor < to) pieces.push({ text: original.slice(cursor, to), match: false })
  if (from > 0) pieces.unshift({ text: '… ', match: false })
  if (to < original.length) pieces.push({ text: ' …', match: false })
  return pieces
}
