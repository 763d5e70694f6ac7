import {
  AFTER_CLAIM_IDIOMS,
  ATTRIBUTION_IDIOMS,
  ATTRIBUTION_WORDS,
  CHECK_WORTHY_STEMS,
  CLAIMANT_STOP,
  KIND_STEMS,
  MONTHS,
  PASSIVE_WORDS,
  UNNAMED_SOURCES,
} from './lexicon'
import { findNumbers, type FoundNumber } from './numbers'
import { extendOverMarks, fold, type Folded, hasLongQuote, sentences, type Span, words } from './text'
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

const VERBS = folded(ATTRIBUTION_WORDS)
const IDIOMS = folded(ATTRIBUTION_IDIOMS)
const PASSIVES = folded(PASSIVE_WORDS)
const STOPS = folded(CLAIMANT_STOP)
const NOUNS = folded(['بيان', 'بيانا', 'تصريح', 'تصريحات', 'تقرير', 'تقدير', 'تقديرات'])
/** Verbs whose next noun is more often their object than their subject ("وصفت الهجوم"). */
const TRANSITIVE = folded(['وصف', 'وصفت', 'وصفوا', 'يصف', 'تصف', 'اتهم', 'اتهمت', 'يتهم', 'تتهم', 'نفى', 'نفت', 'ينفي', 'تنفي', 'قدر', 'قدرت', 'يقدر', 'تقدر', 'تبنى', 'تبنت', 'يتبنى', 'نقل', 'نقلت'])
const PUBLISHED_BY = folded(['نشرته', 'نشره', 'نشرتها', 'أصدرته', 'أصدره', 'أصدرتها', 'صادر', 'صادرة', 'وزعته', 'بثته', 'أوردته'])
const SKIPPED_AFTER_IDIOM = folded(['عن', 'ما', 'ل', 'إلى', 'لما', 'به'])
const KINDS = KIND_STEMS.map(([kind, stems]) => [kind, wordStarts(stems)] as const)
const CHECK_WORTHY = wordStarts(CHECK_WORTHY_STEMS)

const bare = (word: string) => word.replace(/^[وف](?=..)/, '')

type Attribution = { claimant: string | null; unnamed: boolean; carried: boolean }

const UNNAMED = UNNAMED_SOURCES.map((pattern) => new RegExp(fold(pattern.source).text, pattern.flags))
const RELAY = folded(['نقل', 'نقلت', 'نقلوا', 'ينقل', 'تنقل'])

/** Whether the speaker is unnamed: "مصادر", "مراقبون", "مسؤول رفض الكشف عن اسمه"… (read with the words that follow). */
function isUnnamed(phraseWithContext: string) {
  const text = fold(phraseWithContext).text
  return UNNAMED.some((pattern) => pattern.test(text))
}

/** The last `char` in `text` at or after `from` and at or before `to`; -1 if none. */
function lastBetween(text: string, char: string, from: number, to: number): number {
  for (let at = Math.min(to, text.length - 1); at >= from; at--) if (text[at] === char) return at
  return -1
}

/** The first `char` in `text` at or after `from` and before `to`; -1 if none. */
function firstBetween(text: string, char: string, from: number, to: number): number {
  for (let at = from; at < Math.min(to, text.length); at++) if (text[at] === char) return at
  return -1
}

type Claimant = { phrase: string; at: number }

/**
 * The words after position `from` that name the speaker, up to a stop word or a comma/colon, with where they
 * start in `original`. Quote marks are looked for only within the phrase and the 60 characters after it: a
 * search through the whole sentence, for each verb of a long one, made detection quadratic.
 */
function claimantAfter(folded: string, original: string, toOriginal: number[], tokens: Span[], from: number): Claimant | null {
  const taken: Span[] = []
  for (let j = from; j < tokens.length && taken.length < 7; j++) {
    const gap = folded.slice(tokens[j - 1]?.end ?? tokens[j].start, tokens[j].start)
    if (taken.length && /[،,:؛]/.test(gap)) break
    const word = tokens[j].text
    if (!taken.length && SKIPPED_AFTER_IDIOM.has(word)) continue
    if (STOPS.has(word) || STOPS.has(bare(word)) || /^\d/.test(word)) break
    if (VERBS.has(bare(word)) && taken.length) break
    taken.push(tokens[j])
  }
  if (!taken.length) return null
  const first = toOriginal[taken[0].start]
  const start = /[«“"]/.test(original[first - 1] ?? '') ? first - 1 : first
  let end = extendOverMarks(original, toOriginal[taken[taken.length - 1].end - 1] + 1)
  // Keep a quoted name whole: «نصرة الإسلام والمسلمين», “…”, "…".
  const guillemet = lastBetween(original, '«', start, end)
  const opening = guillemet >= 0 ? guillemet : lastBetween(original, '“', start, end)
  if (opening >= 0) {
    const close = firstBetween(original, guillemet >= 0 ? '»' : '”', opening, end + 60)
    if (close !== -1) end = Math.max(end, close + 1)
  } else if (/[»”"]/.test(original[end] ?? '')) end += 1
  const written = original.slice(start, end)
  const unprefixed = written.replace(/^[لب](?=ال)/, '')
  const phrase = unprefixed.trim()
  if (!phrase) return null
  return { phrase, at: start + written.length - unprefixed.trimStart().length }
}

function findAttribution(sentence: string, { text: foldedText, toOriginal }: Folded): Attribution | null {
  const tokens = words(foldedText)
  // Read with the words after this mention of the phrase (not after an earlier mention of the same words).
  const named = (found: Claimant | null): Attribution | null =>
    found && { claimant: found.phrase, unnamed: isUnnamed(sentence.slice(found.at, found.at + found.phrase.length + 30)), carried: false }
  let weak: Attribution | null = null
  let carried: Attribution | null = null

  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i].text
    const stem = bare(word)
    if (IDIOMS.has(word) || IDIOMS.has(stem)) {
      const found = named(claimantAfter(foldedText, sentence, toOriginal, tokens, i + 1))
      if (found) return found
      continue
    }
    if (!VERBS.has(stem) && !VERBS.has(word)) continue
    const next = tokens[i + 1]?.text ?? ''
    if (PASSIVES.has(stem) && (!next || /^(ب)?ان/.test(next) || STOPS.has(next))) {
      carried ??= { claimant: null, unnamed: true, carried: false }
      continue
    }
    if (NOUNS.has(stem)) {
      // "في بيان نشرته مؤسسة الزلاقة", "بيان للجماعة", "بيان صادر عن الوزارة"
      const by = tokens.slice(i + 1, i + 4).findIndex((token) => PUBLISHED_BY.has(token.text))
      const from = by >= 0 ? i + 2 + by : next.startsWith('ل') ? i + 1 : -1
      const found = from > 0 ? named(claimantAfter(foldedText, sentence, toOriginal, tokens, from)) : null
      if (found) return found
      carried ??= { claimant: null, unnamed: false, carried: true }
      continue
    }
    // "نقلت الوكالة عن مصدر دبلوماسي": the one quoted is the claimant, the outlet only relays.
    if (RELAY.has(stem)) {
      const source = tokens.slice(i + 1, i + 6).findIndex((token) => token.text === 'عن')
      const relayed = source >= 0 ? named(claimantAfter(foldedText, sentence, toOriginal, tokens, i + 2 + source)) : null
      if (relayed) return relayed
    }
    const found = named(claimantAfter(foldedText, sentence, toOriginal, tokens, i + 1))
    if (found && !TRANSITIVE.has(stem)) return found
    if (found) weak ??= found
    // "وأضاف أن…", "مؤكدةً…": the speaker is the one already speaking.
    else carried ??= { claimant: null, unnamed: false, carried: true }
  }
  if (weak) return weak
  if (!carried && AFTER_CLAIM_IDIOMS.some((pattern) => pattern.test(foldedText))) carried = { claimant: null, unnamed: false, carried: true }
  return carried
}

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
  return CHECK_WORTHY.test(nearAfter) || CHECK_WORTHY.test(nearBefore)
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
      outlet: null,
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
