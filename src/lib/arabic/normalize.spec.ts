import { describe, expect, it } from 'vitest'

import { highlight, normalizeArabic, queryTerms } from './normalize'

describe('normalizeArabic', () => {
  it('should fold alef forms, alef maqsura, taa marbuta, and hamza on waw and yaa', () => {
    expect(normalizeArabic('أحمد')).toBe(normalizeArabic('احمد'))
    expect(normalizeArabic('إسلام آمن ٱلله')).toBe('اسلام امن الله')
    expect(normalizeArabic('مدرسة')).toBe(normalizeArabic('مدرسه'))
    expect(normalizeArabic('مستشفى')).toBe('مستشفي')
    expect(normalizeArabic('مؤتمر رئيس')).toBe('موتمر رييس')
  })

  it('should drop tashkeel (with the dagger alef), tatweel, zero-width and bidi control characters', () => {
    expect(normalizeArabic('كَتَبَ')).toBe('كتب')
    expect(normalizeArabic('هٰذا')).toBe('هذا')
    expect(normalizeArabic('جـــورا')).toBe('جورا')
    expect(normalizeArabic('جو\u200Bرا \u202Eمالي\u202C \u2067باماكو\u2069')).toBe('جورا مالي باماكو')
  })

  it('should read Arabic-Indic and Persian digits as Western ones', () => {
    expect(normalizeArabic('١٢٣')).toBe('123')
    expect(normalizeArabic('۴۵۶')).toBe('456')
    expect(normalizeArabic('قُتل ٤٠ جنديًا')).toBe('قتل 40 جنديا')
  })

  it('should lower-case Latin and drop its accents, and turn punctuation into single spaces', () => {
    expect(normalizeArabic('Dióra, MOPTI!')).toBe('diora mopti')
    expect(normalizeArabic('  «نصرة» — الإسلام  ')).toBe('نصره الاسلام')
  })

  it('should give the words of a query once each', () => {
    expect(queryTerms('جورا  جُورا، مالي')).toEqual(['جورا', 'مالي'])
    expect(queryTerms('%_')).toEqual([])
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
