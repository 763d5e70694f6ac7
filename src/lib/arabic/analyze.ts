// The words of a text as search sees them: each in normal form and then stemmed, with where it stood in the
// original text. The same analysis runs when an article is indexed and when a reader's query is read.

import { normalizeWithMap } from './normalize'
import { stemWord } from './stem'

export { stemWord }

export type Token = {
  /** The word in normal form (src/lib/arabic/normalize). */
  word: string
  /** The word's stem: what the index holds and what a query term is matched against. */
  stem: string
  /** Offsets of the word in the original text, end exclusive (with the marks written on its last letter). */
  start: number
  end: number
}

/** Every word of `text`, in order. */
export function analyze(text: string): Token[] {
  const { text: normal, toOriginal, toOriginalEnd } = normalizeWithMap(text)
  const tokens: Token[] = []
  let at = 0
  for (const word of normal.split(' ')) {
    if (word) tokens.push({ word, stem: stemWord(word), start: toOriginal[at], end: toOriginalEnd[at + word.length - 1] })
    at += word.length + 1
  }
  return tokens
}

/** The stems of `text` joined by spaces: the analysed form a full-text index stores. */
export function analyzedText(text: string): string {
  return analyze(text)
    .map((token) => token.stem)
    .join(' ')
}
