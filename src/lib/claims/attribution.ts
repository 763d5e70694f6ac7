import {
  ADDRESSEES,
  ADJECTIVES,
  AFTER_CLAIM_IDIOMS,
  ARM_NOUNS,
  ATTRIBUTION_IDIOMS,
  ATTRIBUTION_VERBS,
  CHANNEL_NOUNS,
  CLAIMANT_STOP,
  DOCUMENT_NOUNS,
  HEADLINE_LABELS,
  INSTITUTION_NOUNS,
  LAM_NOUNS,
  NOUN_HOMOGRAPHS,
  NAMES_IN_ALEF,
  NOT_SOURCES,
  OBJECT_NOUNS,
  OUTLET_NOUNS,
  PASSIVE_WORDS,
  PERSON_TITLES,
  PLATFORM_NOUNS,
  PUBLISHED_BY,
  PUBLISHING_VERBS,
  RUMOUR_NOUNS,
  SPEECH_NOUNS,
  SPREADING_VERBS,
  UNNAMED_CONTEXT,
  UNNAMED_HEADS,
  UNNAMED_UNLESS_NAMED,
  UNIT_NOUNS,
  type VerbClass,
  WAW_NOUNS,
} from './lexicon'
import { extendOverMarks, fold, type Folded, words } from './text'

// Who makes a claim, read from the grammar of attribution: the subject after a verb of saying («قال الجيش») or
// before it («الجيش يقول»), a speaker before a colon («وزير الداخلية: …»), the source after «بحسب»/«وفقًا لـ», the
// one relayed after «عن» («نقلت الوكالة عن مصدر»), the author behind a document («بيانات نشرتها الوزارة»), the
// group behind its media arm («مؤسسة الزلاقة، الذراع الإعلامية للجماعة»), a passive with nobody named («أُفيد»),
// or, when the verb has no subject of its own («وأضاف أن»), whoever spoke before. Every step looks a bounded
// number of words ahead or back, so a sentence is read in time proportional to its length.

export type Attribution = {
  claimant: string | null
  unnamed: boolean
  /** The speaker is the one already speaking (the sentence before's), if there is one. */
  carried: boolean
  outlet: string | null
}

type Token = {
  text: string
  /** The word without a first و or ف (a conjunction, when what is left is a known word). */
  bare: string
  start: number
  end: number
  /** The folded text between the word before and this one. */
  gap: string
  /** Written with a final ى, which folding makes ي: «مستشفى» is no nisba. */
  maqsura: boolean
}
type Sentence = { original: string; folded: Folded; tokens: Token[]; after: string }
type Range = { from: number; to: number }

const set = (list: Iterable<string>) => new Set([...list].map((word) => fold(word).text))

const VERBS = new Map<string, { kind: VerbClass; participle: boolean }>()
const HOMOGRAPHS = set(NOUN_HOMOGRAPHS)
for (const { form, kind, participle } of ATTRIBUTION_VERBS) {
  const folded = fold(form).text
  if (!VERBS.has(folded)) VERBS.set(folded, { kind: HOMOGRAPHS.has(folded) ? 'complement' : kind, participle })
}
for (const form of PASSIVE_WORDS) if (!VERBS.has(fold(form).text)) VERBS.set(fold(form).text, { kind: 'say', participle: false })
const IDIOMS = set(ATTRIBUTION_IDIOMS)
const PASSIVES = set(PASSIVE_WORDS)
const STOPS = set(CLAIMANT_STOP)
const OBJECTS = set(OBJECT_NOUNS)
const CHANNELS = set(CHANNEL_NOUNS)
const TO_WHOM = set(ADDRESSEES)
const DOCUMENTS = set(DOCUMENT_NOUNS)
const PUBLISHERS = set(PUBLISHED_BY)
const PUBLISHING = set(PUBLISHING_VERBS)
const OUTLETS = set(OUTLET_NOUNS)
const ARMS = set(ARM_NOUNS)
const LABELS = set(HEADLINE_LABELS)
const RUMOURS = set(RUMOUR_NOUNS)
const SPEECH = set(SPEECH_NOUNS)
const ADJECTIVE = set(ADJECTIVES)
const ALEF_NAMES = set(NAMES_IN_ALEF)
const WAW = set(WAW_NOUNS)
const INSTITUTIONS = set(INSTITUTION_NOUNS)
const SPREADING = set(SPREADING_VERBS)
const UNIT = new RegExp(`^(?:[وف])?(?:[بلك])?(?:ال|ل)?(?:${UNIT_NOUNS.map((noun) => fold(noun).text).join('|')})$`)
const NON_SOURCES = set(NOT_SOURCES)
const isLamNoun = prefixes(set(LAM_NOUNS))
const isTitle = prefixes(set(PERSON_TITLES))
const isUnnamedHead = prefixes(set(UNNAMED_HEADS))
const isUnnamedOrg = prefixes(set(UNNAMED_UNLESS_NAMED))
const isPlatform = prefixes(set(PLATFORM_NOUNS))
const UNNAMED_SAID = UNNAMED_CONTEXT.map((pattern) => new RegExp(fold(pattern.source).text, pattern.flags))
/** Between a verb and its subject: «وأعلنت أمس الوزارة», «الذي أعلنت فيه الجماعة». */
const LEAD = set(['فيه', 'فيها', 'ذلك', 'امس', 'اليوم', 'ايضا', 'كذلك', 'بدوره', 'بدورها', 'مجددا', 'رسميا', 'مساء', 'صباح'])
const AFTER_IDIOM = set(['عن', 'ل', 'الى', 'لما', 'ما', 'به'])
const RUMOUR_FOLLOWERS = set(['عن', 'بان', 'ان', 'تفيد', 'مفادها', 'حول', 'تتحدث', 'تشير', 'تقول'])
const AS_SAID = set(['قوله', 'قولها', 'قولهم', 'ما'])
const AFFILIATED = set(['التابعة', 'التابع', 'التابعين'])
const PRONOUN_OWNERS = set(['لها', 'له', 'لهم'])
const MEDIA = set(['الاعلامية', 'الاعلامي', 'الدعائية', 'الدعائي'])
const PUBLISHED_FROM = set(['صادر', 'صادرة', 'الصادر', 'الصادرة'])
/** Forms that are only ever passives: nobody can be their subject. */
const PASSIVE_ONLY = set(['افيد', 'يفاد', 'يقال', 'قيل', 'يشاع', 'اشيع'])
/** Masculine participles used as adjectives, which no ending gives away: «فصيل معارض», «مصدر مطلع». */
const PARTICIPLES = set(['معارض', 'مسلح', 'مجهول', 'موال', 'مقرب', 'مطلع', 'مستقل', 'محايد', 'مسؤول', 'منشق', 'متشدد', 'مدعوم'])

/** Indefinite adjectives a document takes that look like nouns: «دراسة حديثة», «إحصاء جديد». */
const PLAIN_ADJECTIVES = set([
  'حديث', 'حديثة', 'جديد', 'جديدة', 'سابق', 'سابقة', 'اخير', 'اخيرة', 'عاجل', 'كامل', 'شامل', 'شاملة', 'قصير', 'طويل', 'كبير', 'كبيرة', 'كبار',
  'بارز', 'بارزة', 'بارزون', 'رفيع', 'رفيعة', 'رفيعو', 'اخر', 'اخرى', 'اخرون', 'عديدة', 'كثيرة', 'عدة', 'قليلة', 'مختلفة', 'متعددة',
])
const PREPOSITIONS = set(['من', 'دون', 'بدون', 'بعد', 'قبل', 'عن', 'في', 'علي', 'الي', 'عند', 'حتى', 'منذ', 'خلال', 'عبر', 'رغم', 'بسبب', 'اثر', 'عقب', 'لدى'])
/** A word a verb can describe in an adjectival clause: an indefinite accusative, or a feminine or plural noun or adjective. */
const describesNoun = (word: string) =>
  !isDefinite(word) && !STOPS.has(word) && !verbOf(word) && word.length > 2 && (isAccusative(word) || /(?:ة|ات)$/.test(word))
const RELATIVES = set(['ما', 'مما', 'عما', 'الذي', 'التي', 'الذين', 'اللذين', 'اللتين'])
const AUXILIARIES = set(['كان', 'كانت', 'وكان', 'وكانت', 'كانوا', 'وكانوا'])
const NEGATIONS = set(['دون', 'بدون', 'لا', 'لم', 'بلا', 'غياب', 'عدم'])

const bare = (word: string) => (word.length > 2 && (word[0] === 'و' || word[0] === 'ف') ? word.slice(1) : word)
/** Whether a word starts with one of `stems`, looked up by the lengths the stems have (one Set probe each). */
function prefixes(stems: Iterable<string>): (word: string) => boolean {
  const all = new Set(stems)
  const lengths = [...new Set([...all].map((stem) => stem.length))]
  return (word) => lengths.some((length) => word.length >= length && all.has(word.slice(0, length)))
}
const isDigits = (word: string) => /^\p{N}/u.test(word)
/** Our own people («مراسلنا»): the one ـنا that is a possessive, not the ending of an accusative («بيانًا»). */
const OURS = /^(?:مراسل|مراسلت|فريق|موقع|قنات|زميل|زميلت|مصادر|مندوب|محرر)نا$/
const isDefinite = (word: string) =>
  /^[وفبك]?ال/.test(word) || (/^لل/.test(word) && !isLamNoun(word.slice(1))) || (/(?:ها|هم)$/.test(word) && word.length > 4) || OURS.test(word)
/** A nisba adjective's ending (عسكري، الرسمية), not a masdar's (حماية، رواية). */
const isNisba = (word: string) => /(?:[^ا]ي|[^ا]ية|[^ا]يه|يين|يون|يان|يتان|يتين)$/.test(word)
/** A definite word that can follow a definite head as its adjective: «الجيش المالي», «الطبيب المناوب», «الأمم المتحدة». */
const isAdjective = (word: string) => ADJECTIVE.has(word) || isNisba(word) || (/^الم/.test(word) && !/ات$/.test(word))
/** An indefinite adjective: a nisba («عسكرية»), a participle («مسلحة», «مقربين»), or one of the plain ones («حديثة»). */
const isIndefiniteAdjective = (word: string) =>
  !INSTITUTIONS.has(word) && (isNisba(word) || /^م\S+(?:ة|ين|ون)$/.test(word) || PARTICIPLES.has(word) || PLAIN_ADJECTIVES.has(word))
/** The same, for a token: a word written with a final ى («منتدى», «مبنى») is a noun, whatever it looks like folded. */
const isAdjectiveToken = (token: Token) => !token.maqsura && isIndefiniteAdjective(token.text)

/** An indefinite accusative («صورًا», «بيانًا»): an object, never a subject. */
const isAccusative = (word: string) => word.length > 2 && /ا$/.test(word) && !/(?:اء|يا)$/.test(word) && !ALEF_NAMES.has(word)

/** Whether a word's first و or ف is a conjunction before a noun («والجيش», «وجماعة»), not its first letter («وزارة», «واشنطن»). */
function isConjoinedNoun(word: string): boolean {
  if (!/^[وف]/.test(word) || WAW.has(word) || word.length < 5) return false
  const rest = word.slice(1)
  return /^ال\S{2}/.test(rest) || WAW.has(rest) || OUTLETS.has(rest) || INSTITUTIONS.has(rest) || isUnnamedOrg(rest) || isUnnamedHead(rest) || isTitle(rest)
}
const withoutConjunction = (word: string) => (isConjoinedNoun(word) ? word.slice(1) : word)

/**
 * Where a parenthesised acronym that opens before token `from` closes («منظمة الأغذية والزراعة (فاو)»): one word,
 * or up to three Latin ones; -1 for anything else in brackets (an age, «اسم مستعار»).
 */
function acronymEnd(s: Sentence, from: number): number {
  if (!/^\s*\(\s*$/.test(s.tokens[from].gap)) return -1
  for (let j = from; j < Math.min(s.tokens.length, from + 3); j++) {
    if (isDigits(s.tokens[j].text) || (j > from && !/^[A-Za-z]/.test(s.tokens[j].text))) return -1
    const gap = gapAfter(s, j)
    if (/^\s*\)/.test(gap)) return j
    if (/\S/.test(gap)) return -1
  }
  return -1
}

function verbOf(word: string, without = bare(word)) {
  return VERBS.get(word) ?? VERBS.get(without) ?? null
}

function sentenceOf(original: string, folded: Folded): Sentence {
  let previous = 0
  const tokens = words(folded.text).map((word) => {
    const maqsura = original[folded.toOriginal[word.end - 1]] === 'ى'
    const token: Token = { text: word.text, bare: bare(word.text), start: word.start, end: word.end, gap: folded.text.slice(previous, word.start), maqsura }
    previous = word.end
    return token
  })
  return { original, folded, tokens, after: folded.text.slice(previous) }
}

/** The folded text after token `at` (its gap to the next word, or the sentence's end). */
const gapAfter = (s: Sentence, at: number) => (at + 1 < s.tokens.length ? s.tokens[at + 1].gap : s.after)

/** Where a quotation opened before token `from` closes: the index of its last word, or -1. */
function quoteEnd(s: Sentence, from: number): number {
  const opening = /[«“]/.test(s.tokens[from].gap) ? (s.tokens[from].gap.includes('«') ? '»' : '”') : '"'
  for (let j = from; j < Math.min(s.tokens.length, from + 12); j++) if (gapAfter(s, j).includes(opening)) return j
  return -1
}

/** Whether a phrase may go on past «في» / «على» / «من» at `at`: «مسؤول في الشرطة», but not «الجيش في بيان». */
function qualifierGoesOn(s: Sentence, at: number, head: string): boolean {
  const word = s.tokens[at].text
  const next = s.tokens[at + 1]?.text ?? ''
  if (!next || STOPS.has(next) || isDigits(next) || /[،,:؛]/.test(s.tokens[at + 1].gap)) return false
  if (word === 'في') return !CHANNELS.has(next) && !CHANNELS.has(next.replace(/^ال/, ''))
  if (word === 'علي') return isPlatform(next)
  return /^(?:مقرب|قريب|مطلع)/.test(s.tokens[at - 1].text) || isUnnamedHead(head)
}

const MAX_WORDS = 8

/**
 * The noun phrase that starts at token `from`: a head, its construct chain and adjectives, one qualifier («في
 * الشرطة», «باسم الوزارة», «على مواقع التواصل»), a genitive with ل («لشؤون اللاجئين»), a quoted name, or a person's
 * name after a title. Null when what starts there cannot be a speaker (a preposition, a verb, a masdar object).
 */
function phraseAt(s: Sentence, from: number, skipLead = false): Range | null {
  const t = s.tokens
  let start = from
  if (skipLead) for (let skipped = 0; skipped < 2 && start < t.length && (TO_WHOM.has(t[start].text) || LEAD.has(t[start].text)); skipped++) start++
  if (start >= t.length) return null
  const head = t[start].text
  let title = isTitle(head)
  let closed = false
  let qualifiers = 0
  let names = 0
  /** Words of a unit's name still allowed after its number («اللواء 444 قتال»). */
  let unitWords = 0
  let afterAcronym = -1
  let i = start
  for (; i < t.length && i - start < MAX_WORDS + names; i++) {
    const word = t[i].text
    const k = i - start
    // After a person's name a bracket describes them («(متقاعد)»); after an organisation's it names it again.
    if (k > 0 && names === 0) {
      const acronym = acronymEnd(s, i)
      if (acronym >= 0) {
        i = acronym
        afterAcronym = acronym + 1
        closed = true
        continue
      }
    }
    const gap = i === afterAcronym ? t[i].gap.replace(')', '') : t[i].gap
    if (k > 0 && /[،,:؛|()[\]]/.test(gap)) break
    if (/[«“"]/.test(t[i].gap)) {
      const close = quoteEnd(s, i)
      if (close >= 0) {
        i = close
        closed = true
        continue
      }
    }
    // A unit's number is part of its name, with a word or two after it: «الفوج 107 مدرع».
    if (isDigits(word) && k > 0 && UNIT.test(t[i - 1].text) && !/[،,:؛]/.test(gap)) {
      unitWords = 2
      title = false
      closed = true
      continue
    }
    if (unitWords > 0) {
      unitWords--
      const plain = !isDefinite(word) && !isDigits(word) && !/(?:ه|ها|هم)$/.test(word) && !/^[بل]/.test(word) && !['في', 'علي', 'من', 'بلا', 'باسم'].includes(word)
      if (plain && !STOPS.has(word) && !verbOf(word, t[i].bare) && !OBJECTS.has(word) && !/[،,:؛]/.test(gap)) continue
      unitWords = 0
    }
    if (isDigits(word) || STOPS.has(word) || verbOf(word, t[i].bare) || PUBLISHERS.has(word) || PUBLISHING.has(t[i].bare)) break
    if (k > 0 && TO_WHOM.has(word)) break
    // «وكالة أعماق التابعة لتنظيم الدولة»: the outlet ends where its owner is named (ownerOf takes it from there).
    if (k > 0 && AFFILIATED.has(word) && OUTLETS.has(head)) break
    // A definite word inside an open construct chain is its genitive, whatever it means: «وكالة الأنباء».
    const genitive = k > 0 && !closed && isDefinite(word)
    if (!genitive && (OBJECTS.has(word) || OBJECTS.has(t[i].bare)) && !(word === 'عدد' && t[i + 1]?.text === 'من')) break
    if (word === 'في' || word === 'علي' || word === 'من') {
      if (k === 0 || qualifiers > 0 || !qualifierGoesOn(s, i, head)) break
      qualifiers++
      closed = false
      continue
    }
    // «أطباء بلا حدود», «مراسلون بلا حدود»
    if (word === 'بلا' && k > 0 && qualifiers === 0 && t[i + 1] && !STOPS.has(t[i + 1].text)) {
      qualifiers++
      continue
    }
    if (word === 'باسم' && k > 0) {
      closed = false
      continue
    }
    if (/^[بك]ال/.test(word) || (k === 0 && /^ب/.test(word) && OBJECTS.has(word.slice(1)))) break
    if (k > 0 && /^ل/.test(word) && !isLamNoun(word)) {
      if (qualifiers > 0 || OBJECTS.has(word.slice(1))) break
      closed = isDefinite(word)
      continue
    }
    const definite = isDefinite(word)
    if (closed) {
      if (definite && isAdjective(word)) continue
      // «نصرة الإسلام والمسلمين», «الشؤون الاجتماعية والعمل»: a definite noun joined by و goes on with the name.
      if (/^وال/.test(word) && !WAW.has(word) && !STOPS.has(word.slice(1))) continue
      // A name in ا («أولغا سارادو») only with more of the name after it; alone it is an object («قرارًا»).
      const next = t[i + 1]?.text ?? ''
      const nameGoesOn = next !== '' && !STOPS.has(next) && !verbOf(next) && !/^[بل]/.test(next) && !/[،,:؛]/.test(t[i + 1].gap)
      if (title && names < 4 && (!isAccusative(word) || nameGoesOn) && !OBJECTS.has(word) && (names > 0 || !definite || isTitle(word))) {
        names++
        continue
      }
      break
    }
    // An accusative ends a subject («ناشطون مقطعًا»), but a name in ا may follow a head in construct («وكالة سانا»,
    // «جبهة تحرير ماسينا») or a preposition («مراسلنا في درعا»), where nothing is accusative.
    const previous = t[i - 1]
    const inConstruct =
      k === 1
        ? !/(?:ون|ين|ان|ي|ية)$/.test(head)
        : k > 1 && qualifiers === 0 && !isDefinite(previous.text) && !/(?:ون|ين|ان)$/.test(previous.text) && !isAdjectiveToken(previous)
    const afterPreposition = k > 1 && ['في', 'علي', 'من'].includes(previous.text)
    if (!definite && isAccusative(word)) {
      if (!inConstruct && !afterPreposition) break
      // A proper name ends the construct chain: «جبهة تحرير ماسينا الهجومَ» is a subject, then an object.
      if (k > 1) closed = true
    }
    // An adjective takes no genitive: «منظمات حقوقية السلطاتِ» is a subject, then an object.
    // Nor does it take a noun after it: «منظمات حقوقية أطرافَ النزاع».
    const afterAdjective = k > 1 && !closed && qualifiers === 0 && !isDefinite(previous.text) && isAdjectiveToken(previous)
    if (afterAdjective && (definite || !isIndefiniteAdjective(word))) break
    if (definite) closed = true
  }
  let to = i
  while (to > start && ['في', 'علي', 'من', 'باسم'].includes(t[to - 1].text)) to--
  return to > start ? { from: start, to } : null
}

/**
 * A phrase as the text writes it, with its quote marks and a closing acronym bracket; a leading ل of a genitive taken
 * off («للجماعة» → «الجماعة»), and a leading conjunction («والجيش» → «الجيش»).
 */
function phraseText(s: Sentence, { from, to }: Range, genitive = false): { phrase: string; at: number } | null {
  const { original, folded, tokens } = s
  const first = folded.toOriginal[tokens[from].start]
  let start = /[«“"]/.test(original[first - 1] ?? '') ? first - 1 : first
  if (start === first && isConjoinedNoun(tokens[from].text)) start = extendOverMarks(original, first + 1)
  let end = extendOverMarks(original, folded.toOriginal[tokens[to - 1].end - 1] + 1)
  if (/[»”"]/.test(original[end] ?? '') && (start < first || original.slice(start, end).match(/[«“"]/))) end += 1
  if (original[end] === ')' && original.slice(start, end).includes('(')) end += 1
  let phrase = original.slice(start, end).trim()
  if (genitive && /^ل/.test(tokens[from].text)) {
    const rest = tokens[from].text.slice(1)
    const marks = /^ل[\u064B-\u0652]*/.exec(phrase)?.[0].length ?? 1
    // «للواء 444», «للجنة الدولية»: ل + اللواء, ل + اللجنة; before a genitive («للجنة حماية الصحفيين») ل + لجنة.
    const next = to - from > 1 ? tokens[from + 1].text : ''
    const definiteLamNoun = isLamNoun(rest) && (!next || isDigits(next) || (isDefinite(next) && isAdjective(next)))
    if (/^ل/.test(rest) && !isLamNoun(rest)) phrase = `ا${phrase.slice(marks)}`
    else if (definiteLamNoun) phrase = `ال${phrase.slice(marks)}`
    else phrase = phrase.slice(marks)
    start += marks
  }
  return phrase ? { phrase, at: start } : null
}

/** The author behind a document: «بيانات نشرتها وزارة الصحة», «تقرير صادر عن…», «بيان الجماعة», «بيان لوزارة». */
function authorOf(s: Sentence, range: Range): { range: Range; genitive: boolean } {
  const t = s.tokens
  const head = t[range.from].text.replace(/^(?:ال|لل|ل)(?=..)/, '')
  if (!DOCUMENTS.has(head) && !DOCUMENTS.has(t[range.from].text)) return { range, genitive: false }
  const next = t[range.to]?.text ?? ''
  const by = PUBLISHERS.has(next) ? range.to + 1 : PUBLISHED_FROM.has(next) && t[range.to + 1]?.text === 'عن' ? range.to + 2 : -1
  const publisher = by > 0 ? phraseAt(s, by) : null
  if (publisher) return { range: publisher, genitive: false }
  // An adjective agrees with its noun: after an indefinite document («إحصاءات المفوضية»), a definite word is its
  // author even when it looks like an adjective; after a definite one («التقديرات الرسمية»), it describes it.
  const definiteHead = isDefinite(t[range.from].text)
  for (let j = range.from + 1; j < range.to; j++) {
    const word = t[j].text
    if (/^ل/.test(word) && !isLamNoun(word)) return { range: { from: j, to: range.to }, genitive: true }
    const describes = isDefinite(word) ? definiteHead && isAdjective(word) : isIndefiniteAdjective(word)
    if (j === range.from + 1 && !describes) return { range: { from: j, to: range.to }, genitive: false }
  }
  return { range, genitive: false }
}

/** «X، الذراع الإعلامية لـY» or «X التابعة لـY»: Y, or 'pronoun' for «التابعة لها»; null when X is no one's arm. */
function ownerOf(s: Sentence, range: Range): Range | 'pronoun' | null {
  const t = s.tokens
  let j = range.to
  if (j >= t.length) return null
  // A media arm speaks for its group; a military wing («الجناح العسكري») speaks for itself.
  if (ARMS.has(t[j].text) && MEDIA.has(t[j + 1]?.text ?? '')) j += 2
  else if (AFFILIATED.has(t[j].text) && OUTLETS.has(t[range.from].text)) j++
  else return null
  if (j >= t.length || !/^ل/.test(t[j].text)) return null
  if (PRONOUN_OWNERS.has(t[j].text)) return 'pronoun'
  return phraseAt(s, j)
}

const OFFICES = set(['المكتب', 'مكتب'])

/** «المكتب الإعلامي للواء X»: X, whose media office speaks for it; null for any other phrase. */
function officeOwner(s: Sentence, range: Range): Range | null {
  const t = s.tokens
  const j = range.from + 2
  if (j >= range.to || !OFFICES.has(withoutConjunction(t[range.from].text)) || !MEDIA.has(t[range.from + 1].text)) return null
  if (!/^ل/.test(t[j].text) || PRONOUN_OWNERS.has(t[j].text) || /[،,]/.test(t[j].gap)) return null
  return phraseAt(s, j)
}

/** «التابعة لـY» right after `range`, when `range` is no outlet: Y, which names whose forces or police they are. */
function affiliationOf(s: Sentence, range: Range): Range | null {
  const t = s.tokens
  const j = range.to
  if (j + 1 >= t.length || !AFFILIATED.has(t[j].text) || /[،,:؛]/.test(t[j].gap)) return null
  if (!/^ل/.test(t[j + 1].text) || PRONOUN_OWNERS.has(t[j + 1].text)) return null
  return phraseAt(s, j + 1)
}

/** A named channel after `from` («عبر وكالة أعماق», «في بيان بثته إذاعة الأندلس», «عبر ذراعها الإعلامية «مؤسسة البيارق»»). */
function outletAfter(s: Sentence, from: number): Range | null {
  const t = s.tokens
  for (let j = from; j < Math.min(t.length, from + 8); j++) {
    if (j > from && verbOf(t[j].text)) return null
    if (t[j].text !== 'عبر' && !PUBLISHERS.has(t[j].text)) continue
    let k = j + 1
    if (k < t.length && ARMS.has(t[k].text)) {
      k++
      if (k < t.length && isDefinite(t[k].text) && isAdjective(t[k].text)) k++
    }
    if (k >= t.length) return null
    if (/[«“"]/.test(t[k].gap)) {
      const close = quoteEnd(s, k)
      return close >= 0 ? { from: k, to: close + 1 } : null
    }
    if (!OUTLETS.has(t[k].text) || k + 1 >= t.length) return null
    let to = k + 2
    while (to < t.length && to < k + 4 && isDefinite(t[to].text) && isNisba(t[to].text) && !/[،,]/.test(t[to].gap)) to++
    return { from: k, to }
  }
  return null
}

function isUnnamed(s: Sentence, range: Range, at: number, length: number): boolean {
  const t = s.tokens
  const head = withoutConjunction(t[range.from].text)
  const second = t[range.from + 1]?.text ?? ''
  const inQuotes = /[«“"]/.test(t[range.from].gap) || (range.from + 1 < range.to && /[«“"]/.test(t[range.from + 1].gap))
  const context = fold(s.original.slice(at, at + length + 40)).text
  if (UNNAMED_SAID.some((pattern) => pattern.test(context))) return true
  if (inQuotes && !/^(?:مصادر|مصدر)/.test(head)) return false
  if (head === 'احد' || head === 'احدي' || head === 'بعض' || (head === 'عدد' && second === 'من')) return true
  if (isDefinite(head)) return false
  // «حركة مسلحة», «نائب في البرلمان» describe; «حركة حماس», «حركة الشباب», «جماعة «…»» name.
  if (isUnnamedOrg(head)) {
    if (range.from + 1 >= range.to) return true
    return !isDefinite(second) && !/[«“"]/.test(t[range.from + 1].gap) && (isIndefiniteAdjective(second) || ['في', 'من', 'عن'].includes(second))
  }
  return isUnnamedHead(head)
}

/**
 * The attribution a speaker phrase gives, once documents are traced to their authors and media arms to their groups.
 * `lam`: the phrase follows «وفقًا»/«طبقًا», whose ل is not part of the name («وفقًا للجنة…» → «لجنة…»).
 */
function attributionOf(s: Sentence, spoken: Range, outletFrom = spoken.to, lam = false): Attribution | null {
  const { range, genitive } = authorOf(s, spoken)
  let claimant = range
  let ofGenitive = genitive || (lam && range.from === spoken.from)
  let outlet: Range | null = null
  const owner = ownerOf(s, range)
  const office = officeOwner(s, range)
  if (office) {
    outlet = { from: range.from, to: office.from }
    claimant = office
    ofGenitive = true
  } else if (owner && owner !== 'pronoun') {
    outlet = range
    claimant = owner
    ofGenitive = true
  } else {
    // Not an outlet: «القوات التابعة للحكومة» is the claimant as named, its owner included.
    const affiliation = owner ? null : affiliationOf(s, range)
    if (affiliation) claimant = { from: range.from, to: affiliation.to }
    outlet = outletAfter(s, Math.max(outletFrom, claimant.to))
  }
  const text = phraseText(s, claimant, ofGenitive)
  if (!text) return null
  const outletText = outlet ? (phraseText(s, outlet)?.phrase ?? null) : null
  return { claimant: text.phrase, unnamed: isUnnamed(s, claimant, text.at, text.phrase.length), carried: false, outlet: outletText }
}

/** «وزير الداخلية: …», «#عاجل | مصادر محلية: …», «رويترز عن مصادر: …». */
function speakerBeforeColon(s: Sentence): Attribution | null {
  const t = s.tokens
  let colon = -1
  for (let j = 1; j < Math.min(t.length, 10); j++) {
    if (t[j].gap.includes(':')) {
      colon = j
      break
    }
  }
  if (colon < 0) return null
  let start = 0
  for (let j = 1; j < colon; j++) if (/[|]/.test(t[j].gap)) start = j
  while (start < colon && (LABELS.has(bare(t[start].text)) || t[start].gap.includes('#'))) start++
  if (start >= colon || verbOf(t[start].text)) return null
  // «قائد الشرطة لـ«مرصد»: …»: the speaker, then whom they spoke to.
  const reaches = (range: Range | null) => range !== null && (range.to === colon || (TO_WHOM.has(t[range.to].text) && range.to + 3 >= colon))
  for (let j = start + 1; j < colon - 1; j++) {
    if (t[j].text !== 'عن') continue
    const relayed = phraseAt(s, j + 1)
    return relayed && reaches(relayed) ? attributionOf(s, relayed) : null
  }
  let speaker = phraseAt(s, start)
  if (!speaker || !reaches(speaker)) return null
  // «مسؤول أمريكي لرويترز: …»: the ل before the colon is whom they spoke to.
  if (speaker.to === colon && speaker.to - speaker.from > 1 && /^ل/.test(t[colon - 1].text) && !isDefinite(t[colon - 1].text)) speaker = { from: speaker.from, to: colon - 1 }
  // «سياق تاريخي: …» is a heading: a common noun and its adjective, where a speaker would be named.
  const [head, second] = [t[speaker.from].text, t[speaker.from + 1]?.text ?? '']
  if (speaker.to - speaker.from === 2 && !isDefinite(head) && !isDefinite(second) && isIndefiniteAdjective(second) && !isUnnamedHead(head) && !isUnnamedOrg(head)) return null
  return attributionOf(s, speaker)
}

/** The subject before verb `at` in a headline's or a tweet's order («الجيش المالي يعلن…», «شهود عيان تحدثوا…»). */
function subjectBefore(s: Sentence, at: number): Range | null {
  const t = s.tokens
  let start = -1
  for (let j = at; j >= Math.max(0, at - MAX_WORDS - 1); j--) {
    if (j === 0 || /[،,:؛|]/.test(t[j].gap)) {
      start = j
      break
    }
  }
  if (start < 0) return null
  while (start < at && LABELS.has(bare(t[start].text))) start++
  if (start >= at) return null
  const first = t[start].text
  if (/^[وف]/.test(first) && !WAW.has(first) && !isConjoinedNoun(first)) return null
  if (SPREADING.has(first) || SPREADING.has(t[start].bare)) return null
  const subject = phraseAt(s, start)
  return subject && subject.to === at ? subject : null
}

/** «وكان الجيش قد أعلن…»: the subject between كان and قد. */
function subjectOfAuxiliary(s: Sentence, at: number): Range | null {
  const t = s.tokens
  if (t[at - 1]?.text !== 'قد') return null
  for (let j = at - 2; j >= Math.max(0, at - MAX_WORDS - 2); j--) {
    if (!AUXILIARIES.has(t[j].text)) continue
    const subject = phraseAt(s, j + 1)
    return subject && subject.to === at - 1 ? subject : null
  }
  return null
}

/** Who speaks in a sentence whose verb has no subject of its own: a document's publisher, or a publishing verb's subject. */
function topicOf(s: Sentence, before: number): Attribution | null {
  const t = s.tokens
  for (let j = 1; j < before; j++) {
    if (!PUBLISHERS.has(t[j].text)) continue
    const publisher = phraseAt(s, j + 1)
    if (publisher) return attributionOf(s, publisher)
  }
  for (let j = 0; j < before; j++) {
    if (!PUBLISHING.has(t[j].bare) && !PUBLISHING.has(t[j].text)) continue
    const subject = phraseAt(s, j + 1, true)
    if (subject && subject.to <= before) return attributionOf(s, subject)
  }
  // «غير أن الجماعة عادت لتُصدر بيانًا…، كشفت فيه…»
  for (let j = 0; j < Math.min(before, 3); j++) {
    if (t[j].text !== 'ان') continue
    const subject = phraseAt(s, j + 1)
    if (subject && subject.to <= before) return attributionOf(s, subject)
  }
  return null
}

const COMPLEMENTS = set(['ان', 'انه', 'انها', 'انهم', 'بان', 'بانه', 'بانها', 'عن', 'قائلا', 'قائلة', 'الي', 'بالقول'])

/** Whether a complement follows verb `at` within a few words: «أنّ», «عن», «إلى أن», a colon or a quotation. */
function hasComplement(s: Sentence, at: number): boolean {
  const t = s.tokens
  for (let j = at + 1; j < Math.min(t.length, at + 9); j++) if (COMPLEMENTS.has(t[j].text) || /[:«“"]/.test(t[j].gap)) return true
  return /[:«“"]/.test(gapAfter(s, at))
}

const VAGUE_COUNTS = set(['عشرات', 'مئات', 'الاف', 'آلاف', 'ملايين', 'العشرات', 'المئات'])

/** Whether a figure follows verb `at` within a few words («سجلت المنظمة 320 حالة»). */
function countFollows(s: Sentence, at: number): boolean {
  for (let j = at + 1; j < Math.min(s.tokens.length, at + 7); j++) if (isDigits(s.tokens[j].text) || VAGUE_COUNTS.has(s.tokens[j].text)) return true
  return false
}

/** Whether verb `at` reads as a passive: its mark says so («أُفيد», «يُعتقد»), or it is a form that is mostly one. */
function isPassive(s: Sentence, at: number): boolean {
  const token = s.tokens[at]
  const original = s.original.slice(s.folded.toOriginal[token.start], s.folded.toOriginal[token.end - 1] + 1)
  const unprefixed = original.replace(/^[وف](?=\S\S)/, '')
  return unprefixed[1] === '\u064F' || PASSIVES.has(token.text) || PASSIVES.has(bare(token.text))
}

const FOUND_IN = set(['جاء', 'وجاء', 'ورد', 'وورد'])
/** Indefinite nouns for what is rumoured, which a verb after them describes: «شائعة تفيد», «رسالة تزعم». */
const RUMOUR_HEADS = set([...RUMOUR_NOUNS, 'رسالة', 'منشور', 'تغريدة', 'رواية'])

/** «ذُكر في بيان لوزارة الدفاع أن…»: the author of the document after «في» at `at`, or null when none is named. */
function documentAuthor(s: Sentence, at: number): Attribution | null {
  if (s.tokens[at]?.text !== 'في') return null
  const document = phraseAt(s, at + 1)
  if (!document || !DOCUMENTS.has(s.tokens[document.from].text.replace(/^ال/, ''))) return null
  return authorOf(s, document).range.from !== document.from ? attributionOf(s, document) : null
}

/** How a verb agrees with the relative pronoun before it: «التي قالت», «الذي قال», «الذين قالوا». */
const AGREES: Record<string, (verb: string) => boolean> = {
  التي: (verb) => /^ت|ت$/.test(verb),
  الذي: (verb) => /^ي|[^تاو]$/.test(verb) && !/(?:وا|ون)$/.test(verb),
  الذين: (verb) => /(?:وا|ون)$/.test(verb),
}

/**
 * «نفذته الحركات الأزوادية، التي قالت إنها…»: the definite noun phrase just before «، التي», when verb `at` agrees
 * with the relative; not a document («تقريره، الذي أكد فيه»: its publisher speaks, as topicOf finds).
 */
function antecedentOf(s: Sentence, at: number): Attribution | null {
  const t = s.tokens
  const relative = at - 1
  if (relative < 1 || !/[،,]/.test(t[relative].gap) || !AGREES[t[relative].text]?.(t[at].bare)) return null
  let antecedent: Range | null = null
  for (let j = relative - 1; j >= Math.max(0, relative - MAX_WORDS); j--) {
    const word = withoutConjunction(t[j].text)
    // An indefinite head in construct with what follows: a known one, or a feminine noun («جمعية الأمل»), never a verb.
    const construct = /ة$/.test(word) && isDefinite(t[j + 1].text)
    const known = construct || isUnnamedHead(word) || isUnnamedOrg(word) || isTitle(word) || INSTITUTIONS.has(word) || OUTLETS.has(word)
    if (!isDefinite(word) && !known) break
    const phrase = phraseAt(s, j)
    if (phrase?.to === relative && !(isDefinite(word) && isNisba(word)) && !DOCUMENTS.has(word.replace(/^ال/, ''))) antecedent = phrase
    if (/[،,:؛]/.test(t[j].gap)) break
  }
  return antecedent && attributionOf(s, antecedent)
}

const CARRIED: Attribution = { claimant: null, unnamed: false, carried: true, outlet: null }
const PASSIVE: Attribution = { claimant: null, unnamed: true, carried: false, outlet: null }
/** A rumour («شائعات عن…», «أنباء تفيد…»): said by someone unnamed, whom the text does not name. */
const RUMOURED: Attribution = { claimant: null, unnamed: true, carried: false, outlet: null }

/** Who makes the claim in one sentence, or null when the sentence attributes nothing. */
export function findAttribution(original: string, folded: Folded): Attribution | null {
  const s = sentenceOf(original, folded)
  const t = s.tokens
  const colon = speakerBeforeColon(s)
  if (colon) return colon
  let weak: Attribution | null = null
  let implied: { at: number } | null = null
  let passive = false
  let rumour = false
  let embedded: number | null = null
  let spreadAt = -1

  for (let i = 0; i < t.length; i++) {
    const { text: word, bare: stem } = t[i]
    if (IDIOMS.has(word) || IDIOMS.has(stem)) {
      const from = AFTER_IDIOM.has(t[i + 1]?.text ?? '') ? i + 2 : i + 1
      if (AS_SAID.has(t[from]?.text ?? '')) implied ??= { at: i }
      const source = phraseAt(s, from)
      const found = source && !NON_SOURCES.has(t[source.from].text.replace(/^ل(?=..)/, '')) ? attributionOf(s, source, source.to, true) : null
      if (found) return found
      continue
    }
    // «على حد قول الدفاع المدني»
    if (word === 'حد' && t[i - 1]?.text === 'علي' && /^(?:قول|تعبير)/.test(t[i + 1]?.text ?? '')) {
      const source = phraseAt(s, i + 2)
      const found = source && attributionOf(s, source)
      if (found) return found
    }
    // «أنباء عن…», but not «دون أنباء عن إصابات».
    if ((RUMOURS.has(word) || RUMOURS.has(stem)) && RUMOUR_FOLLOWERS.has(t[i + 1]?.text ?? '') && !NEGATIONS.has(t[i - 1]?.text ?? '')) rumour = true
    if (SPEECH.has(word) || SPEECH.has(stem)) implied ??= { at: i }
    // «وجاء في البيان أن…», «وورد في تقرير للمنظمة»: the document speaks for its author, or for whoever spoke before.
    if (FOUND_IN.has(word) && t[i + 1]?.text === 'في') {
      const author = documentAuthor(s, i + 1)
      if (author) return author
      const document = phraseAt(s, i + 2)
      if (document && DOCUMENTS.has(t[document.from].text.replace(/^ال/, ''))) implied ??= { at: i }
    }
    if (spreadAt < 0 && (SPREADING.has(word) || SPREADING.has(stem))) spreadAt = i
    const verb = verbOf(word, stem)
    if (!verb) continue
    // «شائعة تفيد بأن…», «رسالة تزعم أن…»: the verb says what the rumour says; nobody is named for it.
    if (i > 0 && RUMOUR_HEADS.has(t[i - 1].bare) && !/[،,:؛|«“"]/.test(t[i].gap)) {
      rumour = true
      continue
    }
    if (verb.kind === 'relay') {
      const about = t.slice(i + 1, i + 9).findIndex((token) => token.text === 'عن')
      const relayed = about >= 0 ? phraseAt(s, i + 2 + about) : null
      const found = relayed && attributionOf(s, relayed)
      if (found) return found
      continue
    }
    if (PASSIVE_ONLY.has(word) || PASSIVE_ONLY.has(stem)) {
      passive = true
      continue
    }
    // «وأضاف أن…», «وتحدث عن…», «وتابع: «…»», but not «أضاف الفريق هدفًا ثانيًا».
    if (verb.kind === 'complement' && !hasComplement(s, i)) continue
    if (verb.kind === 'count' && !hasComplement(s, i) && !countFollows(s, i)) continue
    if (verb.participle) {
      implied ??= { at: i }
      continue
    }
    const previous = t[i - 1]?.bare ?? ''
    // After a preposition the word is a masdar, not a verb: «من دون ذكر مصدره», «بعد إعلان…»; after a negation
    // nothing is said: «ولم تذكر الوزارة أسماء الضحايا».
    if (PREPOSITIONS.has(previous) || NEGATIONS.has(previous)) continue
    // A verb in a relative clause does not replace the speaker found before it («نفت الشرطة ما تداولته صفحات»).
    if (weak && RELATIVES.has(previous)) continue
    const before = subjectBefore(s, i) ?? subjectOfAuxiliary(s, i)
    // A verb right after an indefinite noun describes it («رسالة مزدوجة تؤكد هشاشة الوضع»): what follows is its
    // object; only a publisher or a publishing verb's subject can be speaking.
    if (!before && i > 0 && !/[،,:؛|«“"]/.test(t[i].gap) && describesNoun(t[i - 1].text)) {
      embedded ??= i
      continue
    }
    const found = before ? attributionOf(s, before, i + 1) : null
    if (found) return found
    // «تنتشر على تيك توك مقاطع تزعم أن…»: a verb right after what spread tells what it says; nobody is named for it.
    const spreadThing = t[i - 1]?.text ?? ''
    if (spreadAt >= 0 && spreadAt < i - 1 && !isDefinite(spreadThing) && !STOPS.has(spreadThing) && !/[،,:؛|«“"]/.test(t[i].gap)) {
      rumour = true
      continue
    }
    const subject = /:/.test(t[i + 1]?.gap ?? '') ? null : phraseAt(s, i + 1, true)
    const after = subject && attributionOf(s, subject)
    if (after && verb.kind !== 'object') return after
    if (after) {
      weak ??= after
      continue
    }
    // No subject: «ذُكر في بيان لوزارة الدفاع أن…» is the document's author speaking; «الحركات، التي قالت…» the antecedent.
    const author = documentAuthor(s, i + 1) ?? antecedentOf(s, i)
    if (author) return author
    if (isPassive(s, i) || verb.kind === 'circulate') passive = true
    else implied ??= { at: i }
  }
  if (weak) return weak
  if (implied) return topicOf(s, implied.at) ?? CARRIED
  if (passive) return PASSIVE
  if (rumour) return RUMOURED
  if (embedded !== null) return topicOf(s, embedded)
  if (AFTER_CLAIM_IDIOMS.some((pattern) => pattern.test(folded.text))) return CARRIED
  return null
}


/** Words that open a second clause in which someone else may speak: «فيما نفت الحركة…», «وهو ما نفاه الجيش». */
const CLAUSE_OPENERS = [
  'فيما', 'وفيما', 'بينما', 'وبينما', 'في حين', 'وفي حين', 'وهو ما', 'وهي ما', 'وهذا ما', 'الامر الذي', 'لكن', 'ولكن', 'غير ان', 'الا ان', 'بيد ان',
].map((opener) => opener.split(' '))
/** Openers that begin a clause only after a comma: «…، لكن الجيش نفى ذلك». */
const AFTER_COMMA_ONLY = set(['لكن', 'ولكن'])
const NEGATED = set(['لم', 'لا', 'لن', 'ولم', 'ولا'])

/** Where a clause opens in a sentence: the opener's first character, and the first character after the opener. */
export type Clause = { at: number; says: number }

/** Whether a verb that states something on its own comes within a few words of token `from`, no negation before it. */
function speaksNear(s: Sentence, from: number): boolean {
  for (let j = from; j < Math.min(s.tokens.length, from + 4); j++) {
    const token = s.tokens[j]
    if (j > from && /[،,:؛]/.test(token.gap)) return false
    if (NEGATED.has(token.text) || STOPS.has(token.text)) return false
    if (IDIOMS.has(token.text) || IDIOMS.has(token.bare)) return true
    const verb = verbOf(token.text, token.bare)
    if (verb) return !verb.participle
  }
  return false
}

/**
 * The clauses after the first in which a claim of its own may start: an opener («فيما», «بينما», «في حين», «وهو ما»,
 * «لكن» after a comma) or a comma and a verb with و («…، ونفت الحركة ذلك») followed by a verb of saying. Whether a
 * clause really has its own speaker is for the caller to read; offsets are into `original`.
 */
export function clausesAfterFirst(original: string, folded: Folded): Clause[] {
  const s = sentenceOf(original, folded)
  const t = s.tokens
  const clauses: Clause[] = []
  const at = (j: number) => folded.toOriginal[t[j].start]
  for (let i = 2; i < t.length; i++) {
    const comma = /[،,]/.test(t[i].gap)
    const opener = CLAUSE_OPENERS.find((words) => words.every((word, k) => t[i + k]?.text === word) && words.slice(1).every((_, k) => !/[،,:؛]/.test(t[i + k + 1].gap)))
    if (opener && (comma || !AFTER_COMMA_ONLY.has(opener[0])) && i + opener.length < t.length && speaksNear(s, i + opener.length)) {
      clauses.push({ at: at(i), says: at(i + opener.length) })
      i += opener.length - 1
    } else if (comma && /^[وف]/.test(t[i].text) && !WAW.has(t[i].text) && speaksNear(s, i) && verbOf(t[i].text, t[i].bare)) {
      clauses.push({ at: at(i), says: at(i) })
    }
  }
  return clauses
}
