import { describe, expect, it } from 'vitest'

import { highlightWords } from './highlight'
import { parseQuery } from './query'

const shape = (query: string) => parseQuery(query).parts.map(({ words, prefix }) => ({ words, prefix }))

describe('parseQuery', () => {
  it('should make every word outside quotes a part, and the last one a prefix while it is being typed', () => {
    expect(shape('سوق تمبك')).toEqual([
      { words: ['سوق'], prefix: false },
      { words: ['تمبك'], prefix: true },
    ])
    expect(shape('سوق تمبك ').at(-1)?.prefix).toBe(false)
    expect(shape('تمبك?').at(-1)?.prefix).toBe(true)
  })

  it('should make quoted words one phrase, and a closed quote finish the last word', () => {
    expect(shape('"موسم الجفاف"')).toEqual([{ words: ['موسم', 'الجفاف'], prefix: false }])
    expect(shape('«موسم الجفاف» سوق')).toEqual([
      { words: ['موسم', 'الجفاف'], prefix: false },
      { words: ['سوق'], prefix: true },
    ])
    // A quote left open: the phrase's last word is still being typed.
    expect(shape('"موسم الجف')).toEqual([{ words: ['موسم', 'الجف'], prefix: true }])
  })

  it('should drop repeated words, one-letter prefixes, punctuation, and parts past the limit', () => {
    expect(shape('سوق سوق')).toEqual([{ words: ['سوق'], prefix: false }])
    expect(shape('سوق م')).toEqual([
      { words: ['سوق'], prefix: false },
      { words: ['م'], prefix: false },
    ])
    expect(shape('%_"\'')).toEqual([])
    expect(parseQuery('ا ب ت ث ج ح خ د ذ ر', 3).parts).toHaveLength(3)
  })
})

describe('highlightWords', () => {
  const marked = (text: string, query: string, around?: number) =>
    highlightWords(text, parseQuery(query), around)
      .filter((piece) => piece.match)
      .map((piece) => piece.text)

  it('should mark whole words, with the marks on their last letter, and never a word inside another', () => {
    expect(marked('افتتاح مَدْرَسَةٌ في المدينة', 'مدرسه ')).toEqual(['مَدْرَسَةٌ'])
    expect(marked('افتتاح مدرسة في المدينة', 'دين ')).toEqual([])
    expect(marked('مخطوطات تمبكتو', 'تمبك')).toEqual(['تمبكتو'])
  })

  it('should mark a phrase only where its words stand in a row, as one piece', () => {
    expect(marked('موسم الجفاف. الجفاف ثم موسم', '"موسم الجفاف"')).toEqual(['موسم الجفاف'])
  })

  it('should cut an excerpt around the first match', () => {
    const text = `${'كلمة '.repeat(60)}قافلة ${'نص '.repeat(60)}`
    const pieces = highlightWords(text, parseQuery('قافلة '), 20)
    expect(pieces[0].text).toBe('… ')
    expect(pieces.at(-1)?.text).toBe(' …')
    expect(pieces.filter((piece) => piece.match).map((piece) => piece.text)).toEqual(['قافلة'])
  })

  it('should find the first match of a long body, and a phrase wherever it falls, reading only what it shows', () => {
    // A body of about 9,000 characters: the first match far in, then more after the excerpt's end.
    const long = `${'كلمة '.repeat(1800)}وصلت القافلة ${'نص '.repeat(400)}القافلة`
    expect(marked(long, 'قافلة ', 40)).toEqual(['القافلة'])
    expect(highlightWords(long, parseQuery('قافلة '), 40)[0].text).toBe('… ')
    // A phrase across each place a first reading could stop (1,024 characters and its doublings).
    for (const at of [1020, 1022, 2046, 4094]) {
      const words = 'ب'.repeat(at - 1)
      const text = `${words} موسم الجفاف ${'نص '.repeat(300)}`
      expect(marked(text, '"موسم الجفاف"', 30)).toEqual(['موسم الجفاف'])
    }
    expect(marked(`${'كلمة '.repeat(900)}`, 'قافلة ', 40)).toEqual([])
  })
})
