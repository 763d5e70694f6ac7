import { extendOverMarks, fold, type Folded, words } from './text'

// Numbers as a fact-checker must see them: digits of any script with their separators, and number words.

export type FoundNumber = { text: string; value: number; approximate: boolean; start: number; end: number }

const DIGITS: Record<string, string> = Object.fromEntries([
  ...'٠١٢٣٤٥٦٧٨٩'.split('').map((d, i) => [d, String(i)]),
  ...'۰۱۲۳۴۵۶۷۸۹'.split('').map((d, i) => [d, String(i)]),
])

const UNITS: Record<string, number> = {
  واحد: 1, واحده: 1, اثنان: 2, اثنين: 2, اثنتان: 2, اثنتين: 2, ثلاث: 3, ثلاثه: 3, اربع: 4, اربعه: 4, خمس: 5, خمسه: 5,
  ست: 6, سته: 6, سبع: 7, سبعه: 7, ثماني: 8, ثمان: 8, ثمانيه: 8, تسع: 9, تسعه: 9, عشر: 10, عشره: 10,
  عشرون: 20, عشرين: 20, ثلاثون: 30, ثلاثين: 30, اربعون: 40, اربعين: 40, خمسون: 50, خمسين: 50, ستون: 60, ستين: 60,
  سبعون: 70, سبعين: 70, ثمانون: 80, ثمانين: 80, تسعون: 90, تسعين: 90,
  مئه: 100, مائه: 100, مئتان: 200, مئتين: 200, مائتان: 200, مائتين: 200, الف: 1000, الفان: 2000, الفين: 2000,
  مليون: 1e6, مليونان: 2e6, مليار: 1e9,
}
const TEEN_BASE: Record<string, number> = { احد: 1, اثنا: 2, اثني: 2, اثنتا: 2, اثنتي: 2, ثلاث: 3, ثلاثه: 3, اربع: 4, اربعه: 4, خمس: 5, خمسه: 5, ست: 6, سته: 6, سبع: 7, سبعه: 7, ثماني: 8, ثمانيه: 8, تسع: 9, تسعه: 9 }
const VAGUE: Record<string, number> = { عشرات: 10, مئات: 100, الاف: 1000, الوف: 1000, ملايين: 1e6 }
const SCALES: Record<string, number> = { الف: 1e3, الاف: 1e3, مليون: 1e6, ملايين: 1e6, مليار: 1e9 }

// Folding keeps ة; number words are listed with ه, as they are often typed.
const stripPrefix = (word: string) => word.replace(/^(?:و|ف|ب|ل)(?=..)/, '').replace(/ة$/, 'ه')

function wordValue(word: string): { value: number; approximate: boolean } | null {
  for (const candidate of [word.replace(/ة$/, 'ه'), stripPrefix(word)]) {
    if (candidate in UNITS) return { value: UNITS[candidate], approximate: false }
    if (candidate in VAGUE) return { value: VAGUE[candidate], approximate: true }
  }
  return null
}

function digitValue(raw: string): number | null {
  const ascii = raw.replace(/[٠-٩۰-۹]/g, (d) => DIGITS[d]).replace(/٫/g, '.').replace(/٬/g, ',')
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
