// One normal form of Arabic (and Latin) text for search, used both when an article is indexed and when a
// reader's query is read, so that أحمد finds احمد, مدرسة finds مدرسه and ١٢٣ finds 123.

/** Tashkeel (including the dagger alef U+0670), Quranic marks, tatweel, zero-width and bidi controls. */
const DROPPED = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u00AD]/

const LETTERS: Record<string, string> = {
  'أ': 'ا',
  'إ': 'ا',
  'آ': 'ا',
  'ٱ': 'ا',
  'ى': 'ي',
  'ة': 'ه',
  'ؤ': 'و',
  'ئ': 'ي',
}

/** Arabic-Indic (٠–٩) and Persian (۰–۹) digits as 0–9. */
function digit(char: string): string | undefined {
  const code = char.charCodeAt(0)
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660)
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0)
  return undefined
}

/** Latin letters without their accents and in lower case: Diora, DIORA and Dióra read alike. */
function latin(char: string): string {
  return char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

// What each character becomes, worked out once: null when dropped, ' ' for a separator, else its folded form.
const folds = new Map<string, string | null>()

function fold(char: string): string | null {
  let folded = folds.get(char)
  if (folded === undefined) {
    folded = DROPPED.test(char) ? null : (digit(char) ?? LETTERS[char] ?? (/[\p{L}\p{N}]/u.test(char) ? latin(char) : ' '))
    folds.set(char, folded)
  }
  return folded
}

export type Normalized = {
  text: string
  /** toOriginal[i] is the offset in the original text of normalized character i; one past the end at the end. */
  toOriginal: number[]
}

/**
 * The normal form, keeping a map back to the original offsets (for highlighting matches). Letters and digits
 * are kept, folded; every run of anything else becomes one space; no space at either end.
 */
export function normalizeWithMap(original: string): Normalized {
  let text = ''
  const toOriginal: number[] = []
  let pendingSpace = false
  for (let i = 0; i < original.length; i++) {
    const folded = fold(original[i])
    if (folded === null) continue
    if (folded === ' ' || folded === '') {
      pendingSpace = text.length > 0
      continue
    }
    if (pendingSpace) {
      text += ' '
      toOriginal.push(i)
      pendingSpace = false
    }
    for (const piece of folded) {
      text += piece
      toOriginal.push(i)
    }
  }
  toOriginal.push(original.length)
  return { text, toOriginal }
}

/** The normal form of a text, for indexing and for queries alike. */
export function normalizeArabic(text: string): string {
  return normalizeWithMap(text).text
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
  const { text, toOriginal } = normalizeWithMap(original)
  const ranges: [number, number][] = []
  for (const term of terms) {
    if (!term) continue
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) {
      ranges.push([toOriginal[at], toOriginal[at + term.length - 1] + 1])
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
