import { describe, expect, it } from 'vitest'

import { cutSlug, datedSlug, isDatedSlug, MAX_SLUG_LENGTH, slugify, uniqueSlug } from './slugify'

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

  it('should drop the soft hyphen and the Arabic letter mark inside a word instead of splitting it', () => {
    expect(slugify('و\u00ADقال المتحدث')).toBe('وقال-المتحدث')
    expect(slugify('و\u061Cقال المتحدث')).toBe('وقال-المتحدث')
    expect(slugify('و\u{E0041}قال')).toBe('وقال')
  })

  it('should write digits of every script as ASCII and lower-case Latin without accents', () => {
    expect(slugify('Dioura: 40 قتيلًا في ٢٠٢٥')).toBe('dioura-40-قتيلا-في-2025')
    expect(slugify('۲۰۲۵ ２０２５ २०२५')).toBe('2025-2025-2025')
    expect(slugify('Ségou, DIÓRA')).toBe('segou-diora')
  })

  it('should turn punctuation, Arabic commas and quotes into single dashes', () => {
    expect(slugify('«نصرة الإسلام»، بيان… ثانٍ؟!')).toBe('نصرة-الإسلام-بيان-ثان')
  })

  it('should keep hamza letters as written', () => {
    expect(slugify('مسؤول رئيس الهيئة')).toBe('مسؤول-رئيس-الهيئة')
  })

  it('should give one slug for one title in glyph forms, Persian letters, decomposed letters or another digit script', () => {
    const plain = slugify('مقتل ٤٠ جنديا في هجوم على كيدال')
    expect(slugify('ﻣﻘﺘﻞ ٤٠ ﺟﻨﺪﻳﺎ ﻓﻲ ﻫﺠﻮﻡ ﻋﻠﻰ ﻛﻴﺪاﻝ')).toBe(plain)
    expect(slugify('مقتل ۴۰ جندیا فی هجوم على کیدال')).toBe(plain)
    expect(slugify('مقتل 40 جنديا في هجوم على كيدال')).toBe(plain)
    expect(slugify('ﻻجئون ﻷول مرة')).toBe(slugify('لاجئون لأول مرة'))
    expect(slugify('آ'.normalize('NFD'))).toBe(slugify('آ'))
    expect(slugify('مسئول'.normalize('NFD'))).toBe('مسئول')
  })

  it('should return an empty slug when nothing sluggable is left', () => {
    for (const title of ['؟!… ـــ', '😀🔥', '\u200B\u00AD', '«»', '—', '']) expect(slugify(title)).toBe('')
  })

  it('should cut long titles at a word boundary', () => {
    const slug = slugify('كلمة '.repeat(40))
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH)
    expect(slug.endsWith('-')).toBe(false)
    expect(slug.split('-').every((word) => word === 'كلمة')).toBe(true)
  })

  it('should never split a surrogate pair or a letter from its marks at the cut', () => {
    expect(cutSlug('a'.repeat(79) + '𝐀𝐀', 80)).toBe('a'.repeat(79))
    expect(cutSlug('𠜎'.repeat(50), 80)).toBe('𠜎'.repeat(40))
    expect(cutSlug('क'.repeat(78) + 'कि', 79)).toBe('क'.repeat(78))
  })

  it('should give slugs that encodeURIComponent takes, whatever the title (fuzz)', () => {
    const alphabet = ['ب', 'ة', 'ـ', 'َ', '\u00AD', '\u061C', '😀', '👩‍👩‍👧', '🇲🇱', '𝐀', '𠜎', '\uD800', '\uDC00', '١', '۴', ' ', '-', '«', 'é', 'e\u0301', 'कि', '1️⃣', 'ﻻ', 'ی', '\u200D']
    let seed = 7
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    for (let run = 0; run < 2000; run++) {
      const title = Array.from({ length: 1 + Math.floor(random() * 120) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('')
      const slug = slugify(title)
      expect(() => encodeURIComponent(slug)).not.toThrow()
      expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH)
      expect(slug).not.toMatch(/^-|-$|--/)
      expect(slugify(slug)).toBe(slug)
    }
  })
})

describe('datedSlug', () => {
  it('should make a slug of the date and a short random part', () => {
    expect(datedSlug(new Date('2026-12-02T10:00:00Z'), () => '0a1b2c3d')).toBe('2026-12-02-0a1b2c3d')
    const slug = datedSlug(new Date('2026-12-02T10:00:00Z'))
    expect(isDatedSlug(slug)).toBe(true)
    expect(slugify(slug)).toBe(slug)
    expect(isDatedSlug('2026-12-02-خبر')).toBe(false)
  })
})

describe('uniqueSlug', () => {
  it('should number a slug until it is free', async () => {
    const taken = new Set(['جورا', 'جورا-2'])
    expect(await uniqueSlug('جورا', async (candidate) => taken.has(candidate))).toBe('جورا-3')
    expect(await uniqueSlug('موبتي', async (candidate) => taken.has(candidate))).toBe('موبتي')
  })

  it('should keep the number inside the length cap', async () => {
    const base = slugify('ب'.repeat(MAX_SLUG_LENGTH))
    const taken = new Set([base, ...Array.from({ length: 10 }, (_, n) => `${base.slice(0, MAX_SLUG_LENGTH - String(n + 2).length - 1)}-${n + 2}`)])
    const slug = await uniqueSlug(base, async (candidate) => taken.has(candidate))
    expect(slug).toBe(`${'ب'.repeat(MAX_SLUG_LENGTH - 3)}-12`)
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH)
  })
})
