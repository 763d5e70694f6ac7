// A reader's query as search reads it: words and quoted phrases, each word analysed the way the index is
// (src/lib/arabic/analyze), and the last word also read as the start of a longer one while it is being typed.

import { analyze } from '@/lib/arabic/analyze'

/** One thing every hit must contain: a word, or words in a row (a quoted phrase). */
export type QueryPart = {
  /** The stems to match, in order; one for a plain word. */
  stems: string[]
  /** The same words in normal form, for display. */
  words: string[]
  /** The last stem may also begin a longer word (the reader has not finished typing it). */
  prefix: boolean
}

export type ParsedQuery = { parts: QueryPart[] }

/** Parts of a query beyond this many are dropped: enough for any real question, bounded for an absurd one. */
export const MAX_QUERY_PARTS = 8
/** A word typed so far is read as a prefix only from this many letters: one letter begins half the archive. */
export const MIN_PREFIX = 2

/** Straight, curly and Arabic (guillemet) quotation marks open and close phrases. */
const QUOTES = /["“”«»„]/

type Segment = { text: string; quoted: boolean; closed: boolean; offset: number }

function segments(query: string): Segment[] {
  const found: Segment[] = []
  let start = 0
  let quoted = false
  for (let at = 0; at <= query.length; at++) {
    if (at < query.length && !QUOTES.test(query[at])) continue
    found.push({ text: query.slice(start, at), quoted, closed: at < query.length, offset: start })
    quoted = !quoted
    start = at + 1
  }
  return found
}

/**
 * Reads `query`: every word outside quotes is a part of its own, every quoted run of words one phrase.
 * The last word is a prefix too when nothing but letters and punctuation follow it (no space, no closing quote).
 */
export function parseQuery(query: string, maxParts = MAX_QUERY_PARTS): ParsedQuery {
  const parts: QueryPart[] = []
  const seen = new Set<string>()
  let last: { part: QueryPart; end: number; closed: boolean } | undefined
  for (const segment of segments(query)) {
    const tokens = analyze(segment.text)
    if (!tokens.length) continue
    const groups = segment.quoted ? [tokens] : tokens.map((token) => [token])
    for (const group of groups) {
      const part: QueryPart = { stems: group.map((token) => token.stem), words: group.map((token) => token.word), prefix: false }
      const key = part.stems.join(' ')
      if (!key || seen.has(key)) {
        // A word typed twice is a whole word the second time too: it is not the start of a longer one.
        last = undefined
        continue
      }
      seen.add(key)
      parts.push(part)
      last = { part, end: segment.offset + group[group.length - 1].end, closed: segment.quoted && segment.closed }
    }
  }
  if (last && !last.closed && !/[\s"“”«»„]/.test(query.slice(last.end))) {
    const stem = last.part.stems[last.part.stems.length - 1]
    last.part.prefix = [...stem].length >= MIN_PREFIX
  }
  return { parts: parts.slice(0, maxParts) }
}

/** Whether a word's stem satisfies one position of a part: the same stem, or its start for a prefix. */
export const stemMatches = (stem: string, wanted: string, prefix: boolean) => stem === wanted || (prefix && stem.startsWith(wanted))
