import { type Attribution, clausesAfterFirst, findAttribution } from './attribution'
import { CHECK_WORTHY_STEMS, KIND_STEMS, LABEL_NOUNS, MONTHS, NOT_SHARES } from './lexicon'
import { findNumbers, type FoundNumber } from './numbers'
import { fold, type Folded, hasLongQuote, sentences, type Span } from './text'
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
  /** The passage proposed: its sentence, or the clause of it that holds this claim when a second speaker shares the sentence. */
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
const COUNTED = wordStarts(CHECK_WORTHY_STEMS.filter((stem) => !/^(?:قتل|أصيب|توفي|دمر)$/.test(stem)))
const TIME_BEFORE = folded(['عام', 'العام', 'عامي', 'سنة', 'السنة', 'منذ', 'مطلع', 'أواخر', 'أوائل', 'صيف', 'شتاء', 'ربيع', 'خريف', 'حتى', 'بين', 'و', 'في'])
/** Words a total follows: «إلى 4 آلاف», «بلغت 300», «بنحو 50». */
const TOTAL_BEFORE = folded(['إلى', 'بلغ', 'بلغت', 'يبلغ', 'تبلغ', 'ليبلغ', 'لتبلغ', 'نحو', 'بنحو', 'حوالي', 'بحوالي', 'قرابة', 'زهاء', 'يناهز', 'ناهز', 'تجاوز', 'تجاوزت', 'يتجاوز', 'يتخطى', 'تخطى', 'تخطت'])
/** Words after a number that are no counted noun: it counts what was named before it. */
const UNCOUNTED_AFTER = folded(['منذ', 'خلال', 'حتى', 'بحسب', 'حسب', 'وفق', 'وفقا', 'في', 'على', 'من', 'امس', 'اليوم', 'بعد', 'قبل', 'مقابل'])
const NOT_A_SHARE = folded(NOT_SHARES)

/** The word before a number as a label noun would be listed: «للواء» → «اللواء», «والقرار» → «القرار». */
const asLabel = (word: string) => [word, word.replace(/^[وف]/, ''), word.replace(/^[وف]?[بل]/, ''), word.replace(/^[وف]?لل/, 'ال')]

/** A figure worth checking: near words for people hurt, moved or held, materiel, money or shares; never a date. */
function isCheckWorthy(number: FoundNumber, sentence: string): boolean {
  const before = fold(sentence.slice(Math.max(0, number.start - 30), number.start)).text
  const after = fold(sentence.slice(number.end, number.end + 45)).text
  const nearAfter = after.trim().split(/\s+/).slice(0, 4).join(' ')
  const nearBefore = before.trim().split(/\s+/).slice(-2).join(' ')
  const lastBefore = before.trim().split(/\s+/).pop() ?? ''
  // A year, unless a counted noun follows it straight away («2000 أسرة») where no word of time comes before.
  const counted = COUNTED.test(after.trim().split(/\s+/)[0] ?? '') && !TIME_BEFORE.has(lastBefore)
  if (Number.isInteger(number.value) && number.value >= 1900 && number.value <= 2100 && !/%|بالم/.test(after.slice(0, 12)) && !counted) return false
  if (number.value >= 1 && number.value <= 31 && MONTHS.test(`${after.trim().split(/\s+/)[0] ?? ''}`)) return false
  if (/(الساعه|الساعة)\s*$/.test(before)) return false
  // "14.5 ملم" describes a calibre, not a count.
  if (/^(ملم|مم|ملليمتر)/.test(after.trim())) return false
  // «القرار 2254», «الطريق 5», «للواء 444»: a number that names something.
  if (asLabel(lastBefore).some((word) => LABELS_BEFORE.has(word))) return false
  // A fraction is a share of whatever follows it («ثلث السكان»), unless that is a time or a distance («نصف ساعة»).
  if (number.fraction) return Boolean(nearAfter) && !NOT_A_SHARE.has(nearAfter.split(' ')[0].replace(/^[وفبل](?=ال)/, ''))
  // A dual counts itself: «طفلان», «مسيّرتين».
  if (CHECK_WORTHY.test(nearAfter) || CHECK_WORTHY.test(nearBefore) || number.dual) return true
  // A total with nothing counted after it («ارتفعت حصيلة الضحايا في الإقليم إلى 4 آلاف.»): it counts what its clause named.
  const nothingCounted = !/^\s*\p{L}/u.test(after) || UNCOUNTED_AFTER.has(after.trim().split(/\s+/)[0] ?? '')
  return nothingCounted && TOTAL_BEFORE.has(lastBefore) && CHECK_WORTHY.test(clauseBefore(sentence, number.start))
}

/** Up to eight words before `at`, back to the last comma or colon. */
function clauseBefore(sentence: string, at: number): string {
  const stretch = fold(sentence.slice(Math.max(0, at - 80), at)).text
  return stretch.split(/[،,:؛]/).pop()!.trim().split(/\s+/).slice(-8).join(' ')
}

function kindOf(folded: string, hasQuote: boolean): ClaimKind {
  for (const [kind, pattern] of KINDS) if (pattern.test(folded)) return kind as ClaimKind
  return hasQuote ? 'quote' : 'event'
}

type Speaker = { claimant: string | null; unnamed: boolean }

/** A stretch of a sentence read as one claim, and who speaks in it. */
type Passage = { span: Span; folded: Folded; attribution: Attribution | null }

/** The attribution of `sentence.text` from `from` to `to`: what a clause says, read after its opener («فيما», «وهو ما»). */
function attributionBetween(sentence: Span, from: number, to: number): Attribution | null {
  const said = sentence.text.slice(from, to)
  return findAttribution(said, fold(said))
}

/** `sentence.text` from `from` to `to` as a span of the whole text, without the comma and spaces around it. */
function spanBetween(sentence: Span, from: number, to: number): Span {
  const raw = sentence.text.slice(from, to)
  const text = raw.trimStart().replace(/[\s،,]+$/, '')
  const start = sentence.start + from + raw.length - raw.trimStart().length
  return { start, end: start + text.length, text }
}

/**
 * A sentence as the claims it holds: one, or one a clause when a later clause has a speaker of its own («قال الجيش
 * إن…، فيما نفت الحركة…»); a clause with no speaker of its own stays with the clause before it.
 */
function passages(sentence: Span, folded: Folded): Passage[] {
  const clauses = clausesAfterFirst(sentence.text, folded)
  const whole = (): Passage[] => [{ span: sentence, folded, attribution: findAttribution(sentence.text, folded) }]
  if (!clauses.length) return whole()
  const ends = [...clauses.slice(1).map((clause) => clause.at), sentence.text.length]
  const own = clauses.filter((clause, k) => {
    const attribution = attributionBetween(sentence, clause.says, ends[k])
    return attribution !== null && !attribution.carried
  })
  if (!own.length) return whole()
  const starts = [{ at: 0, says: 0 }, ...own]
  return starts.map((clause, k) => {
    const to = k + 1 < starts.length ? starts[k + 1].at : sentence.text.length
    const span = spanBetween(sentence, clause.at, to)
    return { span, folded: fold(span.text), attribution: attributionBetween(sentence, clause.says, to) }
  })
}

/** Reads one sentence after the ones before it (a "وأضاف أن…" takes the speaker of the sentence before). */
function claimReader() {
  let speaker: Speaker | null = null
  const readPassage = ({ span, folded, attribution }: Passage): DetectedClaim | null => {
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
  return (sentence: Span): DetectedClaim[] =>
    passages(sentence, fold(sentence.text))
      .map(readPassage)
      .filter((claim): claim is DetectedClaim => claim !== null)
}

/**
 * The claims in `text`, in order. Time grows with the text's length: each sentence (at most MAX_SENTENCE) is read
 * once, and again clause by clause when a second speaker shares it.
 */
export function detectClaims(text: string): DetectedClaim[] {
  const read = claimReader()
  return [...sentences(text)].flatMap(read)
}

/** The same claims, for a server: read in turns of `turnMs`, so other requests are answered meanwhile (see turns.ts). */
export async function detectClaimsInTurns(text: string, turnMs?: number): Promise<DetectedClaim[]> {
  return (await mapInTurns(sentences(text), claimReader(), turnMs)).flat()
}
