import { describe, expect, it } from 'vitest'

import { asciiDigit, BIDI_CONTROLS, DROPPED, HIDDEN_CONTROLS, INVISIBLE, JOINERS, MATCH_FOLDS, PERSIAN_LETTERS, TASHKEEL } from './chars'

describe('the character table', () => {
  it('should count the soft hyphen, ALM, BOM and bidi controls as invisible, and drop tatweel and tashkeel too', () => {
    for (const char of ['\u00AD', '\u061C', '\uFEFF', '\u200B', '\u202E', '\u2067', '\u2060', '\uFE0F']) expect(INVISIBLE.test(char)).toBe(true)
    for (const char of ['\u0640', '\u064E', '\u0670', '\u06DF', '\u08F0', '\u00AD']) expect(DROPPED.test(char)).toBe(true)
    for (const char of ['ا', 'ء', ' ', '-', '\u0660']) expect(DROPPED.test(char)).toBe(false)
    expect(TASHKEEL.test('\u0651')).toBe(true)
    expect(BIDI_CONTROLS.test('\u061C')).toBe(true)
  })

  it('should refuse bidi and zero-width controls in headlines but let joiners, tab and newline through', () => {
    for (const char of ['\u202B', '\u061C', '\u200B', '\uFEFF', '\u0007']) expect(HIDDEN_CONTROLS.test(char)).toBe(true)
    for (const char of ['\u200C', '\u200D', '\t', '\n', 'ب']) expect(HIDDEN_CONTROLS.test(char)).toBe(false)
    expect(JOINERS.test('\u200C')).toBe(true)
  })

  it('should fold Persian letters to Arabic ones, keeping hamza for slugs and folding its seat for matching', () => {
    expect(PERSIAN_LETTERS['ی']).toBe('ي')
    expect(PERSIAN_LETTERS['ٳ']).toBe('إ')
    expect(MATCH_FOLDS['ٳ']).toBe('ا')
    expect(MATCH_FOLDS['ۓ']).toBe('ء')
    expect(MATCH_FOLDS['ؤ']).toBe(MATCH_FOLDS['ئ'])
    expect(Object.values(MATCH_FOLDS).every((folded) => folded.length === 1)).toBe(true)
  })

  it('should read the digits of every script', () => {
    expect(['٣', '۷', '３', '७', '৯', '๔', '𝟠', '᠕'].map(asciiDigit)).toEqual(['3', '7', '3', '7', '9', '4', '8', '5'])
    expect(asciiDigit('a')).toBeUndefined()
    expect(asciiDigit('½')).toBeUndefined()
  })
})
