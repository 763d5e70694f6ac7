import { describe, expect, it } from 'vitest'

import { analyze, analyzedText, stemWord } from './analyze'
import { normalizeArabic } from './normalize'
import { ISSUE_PAIRS, NEWS_PAIRS, type StemPair, WHOLE_WORD_PAIRS } from './stem.vectors'

const stemOf = (word: string) => stemWord(normalizeArabic(word))
const holds = ({ a, b, same }: StemPair) => (stemOf(a) === stemOf(b)) === same

describe('stemWord', () => {
  // The stemming cases of Lucene's ArabicStemmer tests, as facts: each prefix and suffix alone and combined.
  it.each([
    ['الحسن', 'حسن'], ['والحسن', 'حسن'], ['بالحسن', 'حسن'], ['كالحسن', 'حسن'], ['فالحسن', 'حسن'], ['للاخر', 'اخر'],
    ['وحسن', 'حسن'], ['زوجها', 'زوج'], ['ساهدان', 'ساهد'], ['ساهدات', 'ساهد'], ['ساهدون', 'ساهد'], ['ساهدين', 'ساهد'],
    ['ساهديه', 'ساهد'], ['ساهدية', 'ساهد'], ['ساهده', 'ساهد'], ['ساهدة', 'ساهد'], ['ساهدي', 'ساهد'], ['وساهدون', 'ساهد'],
    ['ساهدهات', 'ساهد'], ['الو', 'الو'], ['English', 'english'],
  ])('should stem %s to %s', (word, stem) => {
    expect(stemOf(word)).toBe(stem)
  })

  it.each(ISSUE_PAIRS)('should give $a and $b one stem ($why)', (pair) => {
    expect(stemOf(pair.a)).toBe(stemOf(pair.b))
  })

  it.each(WHOLE_WORD_PAIRS)('should give $a and $b different stems ($why)', (pair) => {
    expect(stemOf(pair.a)).not.toBe(stemOf(pair.b))
  })

  it('should join the inflections of news vocabulary without joining different words', () => {
    const failing = NEWS_PAIRS.filter((pair) => !holds(pair))
    const passed = NEWS_PAIRS.length - failing.length
    console.info(`stem pairs: ${passed}/${NEWS_PAIRS.length} as expected; not: ${failing.map(({ a, b, why }) => `${a}/${b} (${why})`).join(', ')}`)
    expect(NEWS_PAIRS.length).toBeGreaterThanOrEqual(40)
    expect(passed / NEWS_PAIRS.length).toBeGreaterThanOrEqual(0.95)
    // What a light stemmer leaves apart, for the record: broken plurals and ل before a word beginning with ل.
    expect(failing.map(({ a }) => a)).toEqual(['اللجنة', 'مصدر', 'قذيفة'])
  })

  it('should never over-stem: every pair expected apart stays apart', () => {
    expect(NEWS_PAIRS.filter((pair) => !pair.same && !holds(pair))).toEqual([])
  })

  it('should keep short words, names and non-Arabic words whole', () => {
    expect(stemWord('من')).toBe('من')
    expect(stemWord('امين')).toBe('امين')
    expect(stemWord('covid')).toBe('covid')
    expect(stemWord('19')).toBe('19')
    expect(stemOf('حزب الله'.split(' ')[1])).toBe('الله')
    expect(stemOf('والله')).toBe('الله')
  })
})

describe('analyze', () => {
  it('should give each word its normal form, stem and place in the original text', () => {
    const original = 'قالَ المراقبون: «هويتُها» غير معروفة'
    const tokens = analyze(original)
    expect(tokens.map((token) => token.word)).toEqual(['قال', 'المراقبون', 'هويتها', 'غير', 'معروفه'])
    expect(tokens.map((token) => original.slice(token.start, token.end))).toEqual(['قالَ', 'المراقبون', 'هويتُها', 'غير', 'معروفة'])
    expect(tokens[1].stem).toBe(stemOf('مراقبين'))
  })

  it('should keep offsets right through NFKC, ligatures, astral characters and dropped marks', () => {
    const original = '😀 ﺍﻟﻤﻌﺴﻜﺮ ﻻﺟﺊ و\u00ADقال 𝐌ali ١٢'
    const tokens = analyze(original)
    expect(tokens.map((token) => original.slice(token.start, token.end))).toEqual(['ﺍﻟﻤﻌﺴﻜﺮ', 'ﻻﺟﺊ', 'و\u00ADقال', '𝐌ali', '١٢'])
    expect(tokens.map((token) => token.word)).toEqual(['المعسكر', 'لاجء', 'وقال', 'mali', '12'])
  })

  it('should store the stems of a text one space apart', () => {
    expect(analyzedText('بالمعسكر، مدرعات!')).toBe(`${stemOf('المعسكر')} ${stemOf('مدرعة')}`)
    expect(analyzedText('')).toBe('')
  })
})
