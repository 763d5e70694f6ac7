import { asciiDigit } from '@/lib/arabic/chars'

import { extendOverMarks, fold, type Folded, words } from './text'

// Numbers as a fact-checker must see them: digits of any script with their separators, and number words.

export type FoundNumber = { text: string; value: number; approximate: boolean; start: number; end: number; fraction?: boolean; dual?: boolean }

/** Number words are written as Arabic is typed; the text they are looked up in is folded (alef and hamza seats, ى → ي). */
const foldKeys = (words: Record<string, number>) => Object.fromEntries(Object.entries(words).map(([word, value]) => [fold(word).text, value]))

const UNITS: Record<string, number> = foldKeys({
  واحد: 1, واحده: 1, اثنان: 2, اثنين: 2, اثنتان: 2, اثنتين: 2, ثلاث: 3, ثلاثه: 3, اربع: 4, اربعه: 4, خمس: 5, خمسه: 5,
  ست: 6, سته: 6, سبع: 7, سبعه: 7, ثماني: 8, ثمان: 8, ثمانيه: 8, تسع: 9, تسعه: 9, عشر: 10, عشره: 10,
  عشرون: 20, عشرين: 20, ثلاثون: 30, ثلاثين: 30, اربعون: 40, اربعين: 40, خمسون: 50, خمسين: 50, ستون: 60, ستين: 60,
  سبعون: 70, سبعين: 70, ثمانون: 80, ثمانين: 80, تسعون: 90, تسعين: 90,
  مئه: 100, مائه: 100, مئتان: 200, مئتين: 200, مائتان: 200, مائتين: 200, الف: 1000, الفان: 2000, الفين: 2000,
  مئتي: 200, مائتي: 200, الفي: 2000, مليون: 1e6, مليونان: 2e6, مليونين: 2e6, مليوني: 2e6, مليار: 1e9, ملياري: 2e9, مليارين: 2e9,
})
/** Fraction words; «خمس» and «سدس» only with ال, where they cannot be the numbers five and six. */
const FRACTIONS: Record<string, number> = foldKeys({
  نصف: 1 / 2, ثلث: 1 / 3, ربع: 1 / 4, ثلثي: 2 / 3, ثلثا: 2 / 3, ثلثين: 2 / 3, النصف: 1 / 2, الثلث: 1 / 3, الربع: 1 / 4, الخمس: 1 / 5,
  السدس: 1 / 6, الثلثين: 2 / 3, الثلثان: 2 / 3,
})
/** After ربع, a quarter of the year or the century, not a share. */
const QUARTER_OF = /^(الاول|الثاني|الثالث|الرابع|الاخير|الماضي|المقبل|الحالي|الجاري|قرن|ساعة|ساعه)$/
const TEEN_BASE: Record<string, number> = foldKeys({ احد: 1, اثنا: 2, اثني: 2, اثنتا: 2, اثنتي: 2, ثلاث: 3, ثلاثه: 3, اربع: 4, اربعه: 4, خمس: 5, خمسه: 5, ست: 6, سته: 6, سبع: 7, سبعه: 7, ثماني: 8, ثمانيه: 8, تسع: 9, تسعه: 9 })
const VAGUE: Record<string, number> = foldKeys({ عشرات: 10, مئات: 100, الاف: 1000, الوف: 1000, ملايين: 1e6 })
const SCALES: Record<string, number> = foldKeys({ الف: 1e3, الاف: 1e3, مليون: 1e6, ملايين: 1e6, مليار: 1e9, مليارات: 1e9 })

// Folding keeps ة; number words are listed with ه, as they are often typed.
const withHeh = (word: string) => (word.endsWith('ة') ? `${word.slice(0, -1)}ه` : word)
const stripPrefix = (word: string) => withHeh(word.length > 2 && 'وفبل'.includes(word[0]) ? word.slice(1) : word)

function wordValue(word: string): { value: number; approximate: boolean } | null {
  for (const candidate of [withHeh(word), stripPrefix(word)]) {
    if (candidate in UNITS) return { value: UNITS[candidate], approximate: false }
    if (candidate in VAGUE) return { value: VAGUE[candidate], approximate: true }
  }
  return null
}

const foldedPattern = (pattern: RegExp) => new RegExp(fold(pattern.source).text, pattern.flags)

/** Singular nouns whose dual is a count of two: «طفلان», «جنديين», «مسيّرتين». */
const DUAL_OF = foldedPattern(/^(?:[وفبل])?(?:ال)?(طفل|جندي|شخص|قتيل|جريح|عنصر|مقاتل|مسلح|شرطي|صحفي|صحافي|ضابط|رهينت|طائرت|مسيرت|دبابت|صاروخ|سيارت|اليت|مدرعت|غارت|قذيفت|امرات|مدني|مهاجر|لاجئ|اسير|معتقل)(?:ان|ين)$/)
/** Plurals ending in ين that a dual's ين would be mistaken for («مدنيين» are civilians, not two). */
const NOT_DUAL = foldedPattern(/^(?:[وفبل])?(?:ال)?(?:مدنيين|صحفيين|صحافيين|مهاجرين|معتقلين|مسلحين|مقاتلين|شرطيين|لاجئين)$/)

/** The fraction a word is («ثلث», «والنصف», «بنحو الربع»), or null. */
function fractionValue(word: string, next: string | undefined): number | null {
  for (const candidate of [word, word.length > 2 && 'وفبل'.includes(word[0]) ? word.slice(1) : word]) {
    const value = FRACTIONS[candidate]
    if (value === undefined) continue
    if (/ربع$/.test(candidate) && next && QUARTER_OF.test(next)) return null
    return value
  }
  return null
}

/** Digits that are part of a name, a handle or a label: كوفيد-19، @user6153، M5، news_24، الـ45; not «لـ٨», «بـ5» (a preposition). */
function isPartOfName(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ''
  const after = text[end] ?? ''
  if (before === 'ـ' && /(?:^|[^\p{L}])[وف]?[لبك][\u064B-\u0652]*ـ+$/u.test(text.slice(Math.max(0, start - 8), start))) return false
  if (/[A-Za-z@#_ـ]/.test(before) || /[A-Za-z_]/.test(after)) return true
  if (before === '-' && /\p{L}/u.test(text[start - 2] ?? '')) return true
  return /ال$/.test(text.slice(Math.max(0, start - 2), start)) && !/\s/.test(before)
}

function digitValue(raw: string): number | null {
  const first = raw.charCodeAt(0)
  // Most words are Arabic or Latin letters: tell them apart from digits without a Unicode-property regex.
  const letter = (first >= 0x600 && first <= 0x6ff && !(first >= 0x660 && first <= 0x669) && !(first >= 0x6f0 && first <= 0x6f9)) || (first >= 0x41 && first <= 0x7a)
  if (letter || !/^\p{Nd}/u.test(raw)) return null
  const ascii = raw.replace(/\p{Nd}/gu, (d) => asciiDigit(d) ?? d).replace(/٫/g, '.').replace(/٬/g, ',')
  if (!/^\d/.test(ascii)) return null
  // A comma followed by exactly three digits groups thousands; otherwise it is a decimal mark.
  const normalised = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(ascii) ? ascii.replace(/,/g, '') : ascii.replace(',', '.')
  const value = Number(normalised)
  return Number.isFinite(value) ? value : null
}

/**
 * Every number in `text` (original offsets), number words included: "اثنا عشر" is 12, "عشرات" about 10.
 * `folded` is the text's fold, when the caller has it already.
 */
export function findNumbers(text: string, folded: Folded = fold(text)): FoundNumber[] {
  const tokens = words(folded.text)
  const found: FoundNumber[] = []
  const at = (start: number, end: number, value: number, approximate: boolean) => {
    const s = folded.toOriginal[start]
    const e = extendOverMarks(text, folded.toOriginal[end - 1] + 1)
    found.push({ text: text.slice(s, e), value, approximate, start: s, end: e })
  }

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    const digits = digitValue(token.text)
    if (digits !== null && isPartOfName(text, folded.toOriginal[token.start], folded.toOriginal[token.end - 1] + 1)) continue
    if (digits !== null) {
      const scale = tokens[i + 1] && SCALES[stripPrefix(tokens[i + 1].text)]
      if (scale) {
        at(token.start, tokens[i + 1].end, digits * scale, false)
        i++
      } else at(token.start, token.end, digits, false)
      continue
    }
    const base = TEEN_BASE[stripPrefix(token.text)]
    if (base && tokens[i + 1] && /^عشر[ةه]?$/.test(tokens[i + 1].text)) {
      at(token.start, tokens[i + 1].end, 10 + base, false)
      i++
      continue
    }
    const fraction = fractionValue(token.text, tokens[i + 1]?.text)
    if (fraction !== null) {
      // «مليون ونصف», «ساعة ونصف»: a half that belongs to the word before it, not a share of its own.
      const previous = tokens[i - 1]?.text ?? ''
      const halfOfPrevious =
        token.text.startsWith('و') && (digitValue(previous) !== null || wordValue(previous) !== null || SCALES[stripPrefix(previous)] !== undefined || /^(ساع|عام|سن|شهر|يوم|دقيق|اسبوع|قرن)/.test(previous))
      if (!halfOfPrevious) {
        at(token.start, token.end, fraction, false)
        found[found.length - 1].fraction = true
      }
      continue
    }
    if ((token.text.endsWith('ان') || token.text.endsWith('ين')) && DUAL_OF.test(token.text) && !NOT_DUAL.test(token.text)) {
      at(token.start, token.end, 2, false)
      found[found.length - 1].dual = true
      continue
    }
    const word = wordValue(token.text)
    if (!word) continue
    // "خمسة وعشرون": units joined to tens by و.
    const next = tokens[i + 1] && /^و/.test(tokens[i + 1].text) ? wordValue(tokens[i + 1].text.slice(1)) : null
    if (next && word.value < 10 && next.value >= 20 && next.value < 100) {
      at(token.start, tokens[i + 1].end, word.value + next.value, false)
      i++
      continue
    }
    const scale = tokens[i + 1] && SCALES[stripPrefix(tokens[i + 1].text)]
    if (scale && word.value < 1000) {
      at(token.start, tokens[i + 1].end, word.value * scale, word.approximate)
      i++
      continue
    }
    at(token.start, token.end, word.value, word.approximate)
  }
  return found
}
