// Marks, in the text a reader sees, the whole words whose stems a query matched: «بالمعسكر» is marked whole
// for «المعسكر», and a phrase only where its words stand in a row.

import { analyze, type Token } from '@/lib/arabic/analyze'
import type { Piece } from '@/lib/arabic/normalize'

import { type ParsedQuery, stemMatches } from './query'

/** Offsets [start, end) of the words of `tokens` that the query's parts match. */
export function matchedRanges(tokens: Token[], query: ParsedQuery): [number, number][] {
  const marked = new Array<boolean>(tokens.length).fill(false)
  for (const { stems, prefix } of query.parts) {
    for (let first = 0; first + stems.length <= tokens.length; first++) {
      const all = stems.every((stem, offset) => stemMatches(tokens[first + offset].stem, stem, prefix && offset === stems.length - 1))
      if (all) for (let offset = 0; offset < stems.length; offset++) marked[first + offset] = true
    }
  }
  return tokens.flatMap((token, index) => (marked[index] ? [[token.start, token.end] as [number, number]] : []))
}

/** A word's end moved past the marks written on its last letter (tashkeel, tatweel), which analysis drops. */
function wholeWordEnd(original: string, end: number): number {
  let at = end
  while (at < original.length && /[\p{M}\u0640]/u.test(original[at])) at++
  return at
}

/** Characters read first when only an excerpt is wanted, doubled while no word matches. */
const FIRST_READ = 1024
/** Read past the excerpt's end, so a phrase running across it is whole. */
const SLACK = 200

/** `original`'s first `length` characters, or up to the next space after them (a word is never cut). */
function prefixAtSpace(original: string, length: number): string {
  if (length >= original.length) return original
  const space = original.indexOf(' ', length)
  return space < 0 ? original : original.slice(0, space)
}

/**
 * The matched words an excerpt around the first match can show, analysing only as far as that excerpt
 * reaches: the results page marks ten bodies of thousands of words each, and one excerpt of each.
 */
function rangesUpToExcerpt(original: string, query: ParsedQuery, around: number): [number, number][] {
  for (let length = FIRST_READ; ; length *= 2) {
    const text = prefixAtSpace(original, length)
    const ranges = matchedRanges(analyze(text), query)
    if (text.length === original.length) return ranges
    if (!ranges.length) continue
    const needed = ranges[0][1] + around + SLACK
    return needed <= text.length ? ranges : matchedRanges(analyze(prefixAtSpace(original, needed)), query)
  }
}

/**
 * `original` cut into pieces, the matched words marked. With `around`, only an excerpt of about that many
 * characters either side of the first match, cut at spaces.
 */
export function highlightWords(original: string, query: ParsedQuery, around?: number): Piece[] {
  const found = around === undefined ? matchedRanges(analyze(original), query) : rangesUpToExcerpt(original, query, around)
  const ranges = found.map(([start, end]): [number, number] => [start, wholeWordEnd(original, end)])
  let from = 0
  let to = original.length
  if (around !== undefined) {
    const first = ranges[0]?.[0] ?? 0
    if (first > around) from = original.lastIndexOf(' ', first - around) + 1
    const end = original.indexOf(' ', Math.min(original.length, Math.max(first, ranges[0]?.[1] ?? 0) + around))
    to = end < 0 ? original.length : end
  }
  const pieces: Piece[] = []
  let cursor = from
  for (const [start, end] of ranges) {
    if (end <= cursor || start >= to) continue
    const gap = start > cursor ? original.slice(cursor, start) : ''
    const text = original.slice(Math.max(start, cursor), Math.min(end, to))
    const last = pieces[pieces.length - 1]
    // Marked words with only spaces between them (a phrase) are one mark.
    if (last?.match && /^ *$/.test(gap)) last.text += gap + text
    else {
      if (gap) pieces.push({ text: gap, match: false })
      pieces.push({ text, match: true })
    }
    cursor = Math.min(end, to)
  }
  if (cursor < to) pieces.push({ text: original.slice(cursor, to), match: false })
  if (from > 0) pieces.unshift({ text: '… ', match: false })
  if (to < original.length) pieces.push({ text: ' …', match: false })
  return pieces
}

/** Whether any piece is marked. */
export const hasMatch = (pieces: Piece[]) => pieces.some((piece) => piece.match)
