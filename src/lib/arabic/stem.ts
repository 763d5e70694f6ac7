// A light stemmer for Arabic words already in normal form (./normalize): the article and the conjunctions and
// prepositions joined to it come off the front, pronouns, plural and dual endings, teh marbuta and the nisba
// yeh off the back, as Lucene's ArabicStemmer does, with minimum stem lengths that keep names and short words
// whole. Normal form has ة as ه and every hamza seat as ء, so the rules are written in those letters.

import { normalizeArabic } from './normalize'

/** The article with the preposition joined to it, if any (لل is ل + ال); a conjunction و or ف may stand before. */
const ARTICLES = ['بال', 'كال', 'لل', 'ال']

/** Possessive pronouns (their two, her, their) with the shortest stem each may leave (ساهم, تفاهم end in هم). */
const PRONOUNS: [string, number][] = [
  ['هما', 3],
  ['ها', 3],
  ['هم', 4],
]

/** Plural and dual endings with the shortest stem each may leave (ان ends many names: لبنان, ايران, سودان). */
const NUMBER_ENDINGS: [string, number][] = [
  ['ات', 2],
  ['ون', 3],
  ['ين', 3],
  ['ان', 4],
]

/**
 * Words that begin with a radical و, not the conjunction: their stems as stemmed without taking و off.
 * Without this وزير would stem to زير, as would the unrelated زير.
 */
const RADICAL_WAW = [
  'وزير', 'وزراء', 'وزارة', 'ولاية', 'وكالة', 'وكيل', 'وفد', 'وفود', 'وفاة', 'وفق', 'وطن', 'وطني', 'وضع', 'وقف', 'وقت', 'وقع',
  'واقع', 'وسط', 'وصول', 'وصف', 'وثيقة', 'وثائق', 'ورقة', 'وسيلة', 'وسائل', 'وجه', 'وجهة', 'وجود', 'وحدة', 'وحيد', 'وعد', 'ولد',
  'ورد', 'وراء', 'واجب', 'وقود', 'والي', 'وادي', 'واشنطن', 'وليد', 'وائل', 'وهران', 'وسام', 'وئام', 'ودائع', 'وديعة', 'وظيفة',
]

/** Names and words that look inflected but are not: left whole after the front clitics come off. */
const WHOLE = ['الله', 'فلسطين', 'بحرين', 'صين', 'امين', 'حسين', 'ياسين', 'تشرين', 'يونيو', 'يوليو', 'كانون', 'موسكو']

/**
 * Words that begin with آل, which normal form writes ال as if it were the article (آلاف, آليات): their stems.
 * Without this آلاف would stem to اف and آليات to الي, the folded إلى.
 */
const MADDA_WORDS: Readonly<Record<string, string>> = { 'الاف': 'الف', 'اليات': 'اليه', 'اليه': 'اليه', 'الات': 'اله', 'الان': 'الان' }

/** Other spellings of one word, in normal form: مائة and مئة. */
const SPELLINGS: Readonly<Record<string, string>> = { 'ماءه': 'مءه', 'ماءتان': 'مءتان', 'ماءتين': 'مءتين', 'ماءتي': 'مءتي' }

const ARABIC_WORD = /^[\u0621-\u064A]+$/

// News repeats its words: stems are remembered, and forgotten all at once when too many are held.
const stems = new Map<string, string>()
const REMEMBERED = 50_000

/** The stem of one word already in normal form. */
export function stemWord(word: string): string {
  if (word.length < 3 || !ARABIC_WORD.test(word)) return word
  let stem = stems.get(word)
  if (stem === undefined) {
    if (stems.size >= REMEMBERED) stems.clear()
    stems.set(word, (stem = stemOnce(word)))
  }
  return stem
}

function stemOnce(word: string): string {
  let rest = SPELLINGS[word] ?? word
  if (/^(و|ف|ب)?(ال|ل)له$/.test(rest)) return 'الله'
  // ف is a conjunction only before the article (فالجيش): as a bare prefix it is far more often a first letter.
  if (startsWithConjunction(rest)) rest = rest.slice(1)
  else if (rest[0] === 'ف' && articleLength(rest.slice(1)) > 0) rest = rest.slice(1)
  const own = MADDA_WORDS[rest]
  if (own) return own
  rest = rest.slice(articleLength(rest))
  // No conjunction follows the article, but reading و the same way after it keeps الوسطاء and وسطاء together
  // whether or not the word is one of those listed.
  if (startsWithConjunction(rest)) rest = rest.slice(1)
  return MADDA_WORDS[rest] ?? (WHOLE_STEMS.has(rest) ? rest : stripSuffixes(rest))
}

/** Whether `word` begins with the conjunction و: not in a word of three letters, nor in one whose و belongs. */
function startsWithConjunction(word: string): boolean {
  return word[0] === 'و' && word.length >= 4 && !radicalWawStems().has(stripSuffixes(word))
}

/** How long the article (with its preposition) at the start of `word` is, if it leaves a stem of two letters. */
function articleLength(word: string): number {
  const article = ARTICLES.find((prefix) => word.startsWith(prefix) && word.length - prefix.length >= 2)
  return article?.length ?? 0
}

function stripSuffixes(word: string): string {
  // The alef of the indefinite accusative (بئرًا, قتل 40 مسلحًا, usually written without its tanween: مسلحا)
  // comes off a word of four letters or more, so the accusative finds the bare word and the bare word it.
  // Beyond Lucene's rules; the same on both sides of a search, so a name ending in alef (امريكا) still finds itself.
  // Not the alef of a pronoun (قواتها, لهما).
  let stem = word.length >= 4 && word.endsWith('ا') && !word.endsWith('ها') && !word.endsWith('هما') ? word.slice(0, -1) : word
  for (const [pronoun, shortest] of PRONOUNS) {
    if (stem.endsWith(pronoun) && stem.length - pronoun.length >= shortest) {
      stem = stem.slice(0, -pronoun.length)
      break
    }
  }
  for (const [ending, shortest] of NUMBER_ENDINGS) {
    if (stem.endsWith(ending) && stem.length - ending.length >= shortest) {
      stem = stem.slice(0, -ending.length)
      break
    }
  }
  // ت before the nisba too (مسؤوليتها), and after it (الكويتي).
  stem = withoutFinalTeh(stem)
  if (stem.endsWith('ه') && stem.length >= 3) stem = stem.slice(0, -1)
  if (stem.endsWith('ي') && stem.length >= 4) stem = stem.slice(0, -1)
  return withoutFinalTeh(stem)
}

/**
 * A teh marbuta is written ت once something is joined after it (هويتها, حكومته, مدرعتان), and a final ت also
 * ends the feminine verb (قالت): it comes off a stem of four letters or more, so that هويتها, حكومته and قالت
 * stem as هوية, حكومة and قال do; the adjective pairs (ثابت, ثابتة) lose it alike. Not after و or ا (بيروت, ذات),
 * nor from a three-letter stem (بيت, صوت, وقت).
 */
function withoutFinalTeh(stem: string): string {
  if (stem.length < 4 || !stem.endsWith('ت')) return stem
  const before = stem[stem.length - 2]
  return before === 'و' || before === 'ا' ? stem : stem.slice(0, -1)
}

let radicalWaw: Set<string> | undefined

function radicalWawStems(): Set<string> {
  radicalWaw ??= new Set(RADICAL_WAW.map((word) => stripSuffixes(normalizeArabic(word))))
  return radicalWaw
}

const WHOLE_STEMS = new Set(WHOLE.map(normalizeArabic))
