// The one table of Arabic (and invisible) characters that normalisation, slugs, text safety and the claim
// detector read. Each regex matches one character and has no flags (but FORMAT_CONTROL, which needs `u`), so
// `.test(char)` and `new RegExp(X.source, 'g')` both work; each fold maps one character to one character.

/** Bidi controls: ALM U+061C, LRM/RLM, embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069. */
export const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/

/** Zero-width non-joiner and joiner: invisible, but Persian and Urdu spelling needs them in stored text. */
export const JOINERS = /[\u200C\u200D]/

/** Zero-width space, word joiner, invisible operators, BOM (ZWNBSP) and the Mongolian vowel separator. */
export const ZERO_WIDTH = /[\u180E\u200B\u2060-\u2064\uFEFF]/

/** Soft hyphen U+00AD: a hyphenation hint that word processors leave inside words. */
export const SOFT_HYPHEN = /\u00AD/

/** Variation selectors U+FE00–U+FE0F: they choose a glyph (text or emoji style) and are not seen themselves. */
export const VARIATION_SELECTORS = /[\uFE00-\uFE0F]/

/** Every invisible character: the five above plus the combining grapheme joiner and deprecated format controls. */
export const INVISIBLE = /[\u00AD\u034F\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFE00-\uFE0F\uFEFF]/

/** Tatweel (kashida) U+0640, the stretching stroke. */
export const TATWEEL = /\u0640/

/** Tashkeel: harakat, tanween, shadda, sukun, hamza and madda marks, the dagger alef, Quranic and extended marks. */
export const TASHKEEL = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0898-\u089F\u08CA-\u08FF]/

/** Hamza above and below as combining marks (U+0654, U+0655): they sit on the letter before them. */
export const COMBINING_HAMZA = /[\u0654\u0655]/

/** What the matching form drops wherever it stands, inside words too: invisible characters, tatweel, tashkeel. */
export const DROPPED = new RegExp(`[${classBody(INVISIBLE)}${classBody(TATWEEL)}${classBody(TASHKEEL)}]`)

/** Every format control of any plane (category Cf: the above, Arabic number signs, tag characters…); flag `u`. */
export const FORMAT_CONTROL = /\p{Cf}/u

/** Hidden controls refused in headlines: bidi controls, zero-width characters and C0 controls (not joiners, tab or newline). */
export const HIDDEN_CONTROLS = new RegExp(`[${classBody(BIDI_CONTROLS)}${classBody(ZERO_WIDTH)}\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F]`)

/** Persian, Urdu, Kurdish and Kashmiri letters to their Arabic counterparts, hamza kept (slugs use this alone). */
export const PERSIAN_LETTERS: Readonly<Record<string, string>> = {
  '\u06CC': 'ي', // ی Farsi yeh
  '\u06D0': 'ي', // ې Pashto e
  '\u06CD': 'ي', // ۍ yeh with tail
  '\u06CE': 'ي', // ێ Kurdish yeh with small v
  '\u06D2': 'ي', // ے yeh barree
  '\u06D3': 'ئ', // ۓ yeh barree with hamza
  '\u0678': 'ئ', // ٸ high hamza yeh
  '\u06A9': 'ك', // ک keheh
  '\u06AA': 'ك', // ڪ swash kaf
  '\u06BE': 'ه', // ھ heh doachashmee
  '\u06C1': 'ه', // ہ heh goal
  '\u06C2': 'ه', // ۂ heh goal with hamza
  '\u06C0': 'ه', // ۀ heh with yeh above
  '\u06D5': 'ه', // ە ae
  '\u06C3': 'ة', // ۃ teh marbuta goal
  '\u0672': 'أ', // ٲ alef with wavy hamza above
  '\u0673': 'إ', // ٳ alef with wavy hamza below
  '\u0675': 'أ', // ٵ high hamza alef
  '\u0676': 'ؤ', // ٶ high hamza waw
  '\u0677': 'ؤ', // ٷ high hamza u
  '\u06C6': 'و', // ۆ oe
  '\u06C7': 'و', // ۇ u
  '\u06C8': 'و', // ۈ yu
  '\u06C9': 'و', // ۉ kirghiz yu
  '\u0674': 'ء', // ٴ high hamza
}

/** Alef with hamza above or below, with madda, and alef wasla, to bare alef. */
export const ALEF_FOLDS: Readonly<Record<string, string>> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا' }

/** Alef maqsura to yeh, as writers use them interchangeably at the end of a word. */
export const YEH_FOLDS: Readonly<Record<string, string>> = { 'ى': 'ي' }

/** Teh marbuta to heh, as writers use them interchangeably at the end of a word. */
export const TEH_MARBUTA_FOLDS: Readonly<Record<string, string>> = { 'ة': 'ه' }

/** Hamza on a waw or yeh seat to bare hamza, for matching: مسئول and مسؤول, شئون and شؤون read alike. */
export const HAMZA_SEAT_FOLDS: Readonly<Record<string, string>> = { 'ؤ': 'ء', 'ئ': 'ء' }

/** Every letter fold of the matching form at once (Persian letters, then alef, yeh, teh marbuta, hamza seats). */
export const MATCH_FOLDS: Readonly<Record<string, string>> = Object.fromEntries(
  [...Object.keys(PERSIAN_LETTERS), ...Object.keys(ALEF_FOLDS), ...Object.keys(YEH_FOLDS), ...Object.keys(TEH_MARBUTA_FOLDS), ...Object.keys(HAMZA_SEAT_FOLDS)].map(
    (char) => [char, matchFold(PERSIAN_LETTERS[char] ?? char)],
  ),
)

/** The ASCII digit of a decimal digit of any script (\p{Nd}: Arabic-Indic, Persian, fullwidth, Devanagari, …), else undefined. */
export function asciiDigit(char: string): string | undefined {
  if (!DECIMAL_DIGIT.test(char)) return undefined
  // Unicode puts every script's digits in runs of ten from zero, so the distance to the run's start is the value.
  let code = char.codePointAt(0) as number
  let steps = 0
  while (DECIMAL_DIGIT.test(String.fromCodePoint(code - 1))) {
    code--
    steps++
  }
  return String(steps % 10)
}

const DECIMAL_DIGIT = /^\p{Nd}$/u

function matchFold(char: string): string {
  return ALEF_FOLDS[char] ?? YEH_FOLDS[char] ?? TEH_MARBUTA_FOLDS[char] ?? HAMZA_SEAT_FOLDS[char] ?? char
}

function classBody(regex: RegExp): string {
  return regex.source.replace(/^\[|\]$/g, '')
}
