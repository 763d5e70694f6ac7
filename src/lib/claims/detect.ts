import { findAttribution } from './attribution'
import { CHECK_WORTHY_STEMS, KIND_STEMS, LABEL_NOUNS, MONTHS, NOT_SHARES } from './lexicon'
import { findNumbers, type FoundNumber } from './numbers'
import { fold, hasLongQuote, sentences, type Span } from './text'
import { mapInTurns } from './turns'

// Finds the sentences a fact-checker must look at: someone said something (attributed claims), or the
// article states a check-worthy figure in its own voice (unsourced figures). Pure: no Payload, no I/O.

export type ClaimKind =
  | 'casualties'
  | 'materiel'
  | 'territorial control'
  | 'event'
  | 'statistic'
  | 'quote'
  | 'denial'
  | 'historical context'
  | 'opinion'

export type DetectedClaim = {
  sentence: string
  start: number
  end: number
  /** Who says it, as written; null when nobody is named (then `unnamed` says whether someone unnamed is). */
  claimant: string | null
  kind: ClaimKind
  numbers: { text: string; value: number; approximate: boolean }[]
  unnamed: boolean
  /** The channel a group spoke through (its media arm: «مؤسسة الزلاقة»), as written; null when none is named. */
  outlet: string | null
}

const folded = (list: Iterable<string>) => new Set([...list].map((word) => fold(word).text))
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** Matches any of `stems` at the start of a word, after optional و ف ب ل ك and ال. */
const wordStarts = (stems: string[]) =>
  new RegExp(
    `(?<![\\p{L}])(?:[وفبلك])?(?:ال|لل)?(?:${stems
      .map((stem) => (stem.endsWith('$') ? `${escape(fold(stem.slice(0, -1)).text)}(?![\\p{L}])` : escape(fold(stem).text)))
      .join('|')})`,
    'u',
  )

const KINDS = KIND_STEMS.map(([kind, stems]) => [kind, wordStarts(stems)] as const)
const CHECK_WORTHY = wordStarts(CHECK_WORTHY_STEMS)
const LABELS_BEFORE = folded(LABEL_NOUNS)
const NOT_A_SHARE = folded(NOT_SHARES)

/** A figure worth checking: near words for people hurt, moved or held, materiel, money or shares; never a date. */
function isCheckWorthy(number: FoundNumber, sentence: string): boolean {
  const before = fold(sentence.slice(Math.max(0, number.start - 30), number.start)).text
  const after = fold(sentence.slice(number.end, number.end + 45)).text
  if (Number.isInteger(number.value) && number.value >= 1900 && number.value <= 2100 && !/%|بالم/.test(after.slice(0, 12))) return false
  if (number.value >= 1 && number.value <= 31 && MONTHS.test(`${after.trim().split(/\s+/)[0] ?? ''}`)) return false
  if (/(الساعه|الساعة)\s*$/.test(before)) return false
  const nearAfter = after.trim().split(/\s+/).slice(0, 4).join(' ')
  const nearBefore = before.trim().split(/\s+/).slice(-2).join(' ')
  // "14.5 ملم" describes a calibre, not a count.
  if (/^(ملم|مم|ملليمتر)/.test(after.trim())) return false
  // «القرار 2254», «الطريق 5»: a number that names something.
  if (LABELS_BEFORE.has(before.trim().split(/\s+/).pop() ?? '')) return false
  // A fraction is a share of whatever follows it («ثلث السكان»), unless that is a time or a distance («نصف ساعة»).
  if (number.fraction) return Boolean(nearAfter) && !NOT_A_SHARE.has(nearAfter.split(' ')[0].replace(/^[وفبل](?=ال)/, ''))
  // A dual counts itself: «طفلان», «مسيّرتين».
  return CHECK_WORTHY.test(nearAfter) || CHECK_WORTHY.test(nearBefore) || Boolean(number.dual)
}

function kindOf(folded: string, hasQuote: boolean): ClaimKind {
  for (const [kind, pattern] of KINDS) if (pattern.test(folded)) return kind as ClaimKind
  return hasQuote ? 'quote' : 'event'
}

type Speaker = { claimant: string | null; unnamed: boolean }

/** Reads one sentence after the ones before it (a "وأضاف أن…" takes the speaker of the sentence before). */
function claimReader() {
  let speaker: Speaker | null = null
  return (span: Span): DetectedClaim | null => {
    const folded = fold(span.text)
    const attribution = findAttribution(span.text, folded)
    const numbers = findNumbers(span.text, folded).filter((number) => isCheckWorthy(number, span.text))
    if (!attribution && !numbers.length) {
      speaker = null
      return null
    }
    let claimant = attribution?.claimant ?? null
    let unnamed = attribution?.unnamed ?? false
    if (attribution?.carried && speaker) {
      claimant = speaker.claimant
      unnamed = speaker.unnamed
    }
    if (attribution) speaker = { claimant, unnamed }
    return {
      sentence: span.text,
      start: span.start,
      end: span.end,
      claimant,
      kind: kindOf(folded.text, hasLongQuote(span.text)),
      numbers: numbers.map(({ text: raw, value, approximate }) => ({ text: raw, value, approximate })),
      unnamed,
      outlet: attribution && !attribution.carried ? attribution.outlet : null,
    }
  }
}

/** The claims in `text`, in order. Time grows with the text's length: each sentence (at most MAX_SENTENCE) is read once. */
export function detectClaims(text: string): DetectedClaim[] {
  const read = claimReader()
  const claims: DetectedClaim[] = []
  for (const span of sentences(text)) {
    const claim = read(span)
    if (claim) claims.push(claim)
  }
  return claims
}

/** The same claims, for a server: read in turns of `turnMs`, so other requests are answered meanwhile (see turns.ts). */
export async function detectClaimsInTurns(text: string, turnMs?: number): Promise<DetectedClaim[]> {
  const claims = await mapInTurns(sentences(text), claimReader(), turnMs)
  return claims.filter((claim): claim is DetectedClaim => claim !== null)
}
