import { describe, expect, it } from 'vitest'

import { highlight, normalizeArabic, normalizeWithMap, queryTerms } from './normalize'

describe('normalizeArabic', () => {
  // The normalisation cases of Lucene's Arabic analyzer tests, as facts.
  it.each([
    ['آجن', 'اجن'], ['أحمد', 'احمد'], ['إعاذ', 'اعاذ'], ['بنى', 'بني'], ['فاطمة', 'فاطمه'], ['روبرـــــت', 'روبرت'],
    ['مَبنا', 'مبنا'], ['علِي', 'علي'], ['بُوات', 'بوات'], ['ولداً', 'ولدا'], ['ولدٍ', 'ولد'], ['ولدٌ', 'ولد'],
    ['نلْسون', 'نلسون'], ['هتميّ', 'هتمي'], ['ٱلله', 'الله'],
  ])('should read %s as %s', (written, normal) => {
    expect(normalizeArabic(written)).toBe(normal)
  })

  it('should fold alef forms, alef maqsura and taa marbuta', () => {
    expect(normalizeArabic('أحمد')).toBe(normalizeArabic('احمد'))
    expect(normalizeArabic('إسلام آمن ٱلله')).toBe('اسلام امن الله')
    expect(normalizeArabic('مدرسة')).toBe(normalizeArabic('مدرسه'))
    expect(normalizeArabic('مستشفى')).toBe('مستشفي')
  })

  it('should fold a hamza on a waw or yeh seat to bare hamza, so that either seat finds the other', () => {
    expect(normalizeArabic('مؤتمر رئيس')).toBe('مءتمر رءيس')
    expect(normalizeArabic('مسئول')).toBe(normalizeArabic('مسؤول'))
    expect(normalizeArabic('شئون')).toBe(normalizeArabic('شؤون'))
    expect(normalizeArabic('تفاؤل')).toBe(normalizeArabic('تفائل'))
    expect(normalizeArabic('شاطىء')).toBe(normalizeArabic('شاطئ'))
    expect(normalizeArabic('شيء')).toBe('شيء')
    // Decomposed text (a letter, then U+0654) reads as the composed letter.
    expect(normalizeArabic('مسئول'.normalize('NFD'))).toBe(normalizeArabic('مسئول'))
    expect(normalizeArabic('مؤتمر'.normalize('NFD'))).toBe(normalizeArabic('مؤتمر'))
  })

  it('should read presentation forms and lam-alef ligatures from PDFs as the letters', () => {
    expect(normalizeArabic('ﺍﻟﻤﻌﺴﻜﺮ')).toBe('المعسكر')
    expect(normalizeArabic('ﻻ ﺍﻹﺳﻼﻡ ﺍﻷﻣﻦ')).toBe('لا الاسلام الامن')
    expect(normalizeArabic('ﷲ')).toBe('الله')
    expect(normalizeArabic('ﻣﺴﺆﻭﻝ')).toBe(normalizeArabic('مسؤول'))
    // Isolated harakat forms (a space and a mark under NFKC) vanish instead of cutting the word.
    expect(normalizeArabic('كﹶتﹶب')).toBe('كتب')
  })

  it('should read Persian and Urdu letters as their Arabic counterparts', () => {
    expect(normalizeArabic('ی ک ھ ہ ۀ ے ە ٲ ٳ ٵ')).toBe('ي ك ه ه ه ي ه ا ا ا')
    expect(normalizeArabic('کتابخانہ ملی')).toBe(normalizeArabic('كتابخانه ملي'))
    expect(normalizeArabic('ۓ')).toBe('ء')
  })

  it('should drop the soft hyphen and the Arabic letter mark inside a word instead of splitting it', () => {
    expect(normalizeArabic('و\u00ADقال')).toBe('وقال')
    expect(normalizeArabic('و\u061Cقال')).toBe('وقال')
    expect(normalizeArabic('\uFEFFوقا\u2060ل\u200D')).toBe('وقال')
    expect(normalizeArabic('وقا\u{E0041}ل \u0600١٢')).toBe('وقال 12')
  })

  it('should drop tashkeel (with the dagger alef), tatweel, zero-width and bidi control characters', () => {
    expect(normalizeArabic('كَتَبَ')).toBe('كتب')
    expect(normalizeArabic('هٰذا')).toBe('هذا')
    expect(normalizeArabic('جـــورا')).toBe('جورا')
    expect(normalizeArabic('جو\u200Bرا \u202Eمالي\u202C \u2067باماكو\u2069')).toBe('جورا مالي باماكو')
  })

  it('should read the digits of every script as Western ones', () => {
    expect(normalizeArabic('١٢٣')).toBe('123')
    expect(normalizeArabic('۴۵۶')).toBe('456')
    expect(normalizeArabic('قُتل ٤٠ جنديًا')).toBe('قتل 40 جنديا')
    expect(normalizeArabic('１２３ ४५ 𝟕')).toBe('123 45 7')
  })

  it('should keep a letter beyond the Basic Multilingual Plane whole and read emoji as a space', () => {
    expect(normalizeArabic('مالي🇲🇱باماكو')).toBe('مالي باماكو')
    expect(normalizeArabic('𝐌ali')).toBe('mali')
  })

  it('should lower-case Latin and drop its accents, and turn punctuation into single spaces', () => {
    expect(normalizeArabic('Dióra, MOPTI!')).toBe('diora mopti')
    expect(normalizeArabic('  «نصرة» — الإسلام  ')).toBe('نصره الاسلام')
    expect(normalizeArabic('Dio\u0301ra')).toBe('diora')
  })

  it('should normalise a megabyte in linear time', () => {
    const text = 'قالَ مسؤولٌ في ﻭﺯﺍﺭﺓ الدفاع إن ٤٠ مسلحًا قُتلوا. '.repeat(25_000)
    const started = performance.now()
    const normal = normalizeArabic(text)
    const elapsed = performance.now() - started
    expect(normal.startsWith('قال مسءول في وزاره الدفاع ان 40 مسلحا قتلوا')).toBe(true)
    expect(elapsed).toBeLessThan(2000)
  })

  it('should give the words of a query once each', () => {
    expect(queryTerms('جورا  جُورا، مالي')).toEqual(['جورا', 'مالي'])
    expect(queryTerms('%_')).toEqual([])
  })
})

describe('normalizeWithMap', () => {
  it('should map each normalized character back to the original, past its marks', () => {
    const original = 'ﻻعبُ\u00AD 😀 مدرسةٌ'
    const { text, toOriginal, toOriginalEnd } = normalizeWithMap(original)
    expect(text).toBe('لاعب مدرسه')
    expect(original.slice(toOriginal[0], toOriginalEnd[3])).toBe('ﻻعبُ\u00AD')
    expect(original.slice(toOriginal[5], toOriginalEnd[9])).toBe('مدرسةٌ')
  })
})

describe('highlight', () => {
  it('should mark the original characters that match, tashkeel and all', () => {
    const pieces = highlight('هاجمت الجماعةُ معسكرَ جُورا أمس', ['جورا'])
    expect(pieces.filter((piece) => piece.match).map((piece) => piece.text)).toEqual(['جُورا'])
    expect(pieces.map((piece) => piece.text).join('')).toBe('هاجمت الجماعةُ معسكرَ جُورا أمس')
  })

  it('should cut an excerpt around the first match', () => {
    const text = `${'كلمة '.repeat(60)}أعلنت الجماعة مقتل ٤٠ جنديًا ${'كلمة '.repeat(60)}`
    const pieces = highlight(text, ['40'], 30)
    const excerpt = pieces.map((piece) => piece.text).join('')
    expect(excerpt.length).toBeLessThan(100)
    expect(excerpt.startsWith('… ')).toBe(true)
    expect(pieces.find((piece) => piece.match)?.text).toBe('٤٠')
  })
})
