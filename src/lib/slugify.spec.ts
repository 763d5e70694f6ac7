import { describe, expect, it } from 'vitest'

import { MAX_SLUG_LENGTH, slugify, uniqueSlug } from './slugify'

describe('slugify', () => {
  it('should keep Arabic letters and join words with dashes', () => {
    expect(slugify('هجوم على معسكر جورا')).toBe('هجوم-على-معسكر-جورا')
  })

  it('should drop tashkeel, tatweel and the dagger alef', () => {
    expect(slugify('قُتِلَ أربعـــون جنديًّا')).toBe('قتل-أربعون-جنديا')
    expect(slugify('هٰذا')).toBe('هذا')
  })

  it('should drop bidi controls and zero-width characters', () => {
    expect(slugify('\u202Bجورا\u202C\u200F موبتي\u200B')).toBe('جورا-موبتي')
  })

  it('should keep digits of any script and lower-case Latin', () => {
    expect(slugify('Dioura: 40 قتيلًا في ٢٠٢٥')).toBe('dioura-40-قتيلا-في-٢٠٢٥')
  })

  it('should turn punctuation, Arabic commas and quotes into single dashes', () => {
    expect(slugify('«نصرة الإسلام»، بيان… ثانٍ؟!')).toBe('نصرة-الإسلام-بيان-ثان')
  })

  it('should compose decomposed letters (NFC) so equal titles give equal slugs', () => {
    expect(slugify('آ'.normalize('NFD'))).toBe(slugify('آ'))
  })

  it('should return an empty slug when nothing sluggable is left', () => {
    expect(slugify('؟!… ـــ')).toBe('')
  })

  it('should cut long titles at a word boundary', () => {
    const slug = slugify('كلمة '.repeat(40))
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH)
    expect(slug.endsWith('-')).toBe(false)
    expect(slug.split('-').every((word) => word === 'كلمة')).toBe(true)
  })
})

describe('uniqueSlug', () => {
  it('should number a slug until it is free', async () => {
    const taken = new Set(['جورا', 'جورا-2'])
    expect(await uniqueSlug('جورا', async (candidate) => taken.has(candidate))).toBe('جورا-3')
    expect(await uniqueSlug('موبتي', async (candidate) => taken.has(candidate))).toBe('موبتي')
  })
})
