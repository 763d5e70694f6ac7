// Arabic text helpers for the claim detector: a matching form of the text that keeps a map back to the
// original offsets, and sentence splitting with offsets.

const DROPPED = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/
const FOLDED: Record<string, string> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ؤ': 'و', 'ئ': 'ي' }

/** Moves `end` past the tashkeel and invisible marks that belong to the last letter before it. */
export function extendOverMarks(original: string, end: number): number {
  let at = end
  while (at < original.length && DROPPED.test(original[at])) at++
  return at
}

export type Folded = { text: string; toOriginal: number[] }

/** Drops tashkeel, tatweel and invisible marks and folds letter variants; `toOriginal[i]` is where folded char i came from. */
export function fold(original: string): Folded {
  let text = ''
  const toOriginal: number[] = []
  for (let i = 0; i < original.length; i++) {
    const char = original[i]
    if (DROPPED.test(char)) continue
    text += FOLDED[char] ?? char
    toOriginal.push(i)
  }
  toOriginal.push(original.length)
  return { text, toOriginal }
}

export type Span = { start: number; end: number; text: string }

const SENTENCE_END = /[.!?؟؛\n]+/g

/** Sentences with their offsets in `text`, trimmed; a full stop inside a number (14.5) does not end one. */
export function sentences(text: string): Span[] {
  const spans: Span[] = []
  let start = 0
  const push = (end: number) => {
    const raw = text.slice(start, end)
    const lead = raw.length - raw.trimStart().length
    const trimmed = raw.trim()
    if (trimmed) spans.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed })
  }
  for (const match of text.matchAll(SENTENCE_END)) {
    const at = match.index
    const isDecimal = match[0] === '.' && /\d/.test(text[at - 1] ?? '') && /\d/.test(text[at + 1] ?? '')
    if (isDecimal) continue
    push(at + match[0].length)
    start = at + match[0].length
  }
  push(text.length)
  return spans
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
