import { describe, expect, it } from 'vitest'

import { articleJsonLd, scriptJson } from './jsonld'

describe('articleJsonLd', () => {
  it('should describe the article and review each claim with an Arabic rating name', () => {
    const data = articleJsonLd({
      url: 'https://news.example/ar/articles/x',
      headline: 'عنوان',
      authors: [{ name: 'آمنة توري', url: 'https://mirsad.example/ar/authors/amna' }],
      language: 'ar',
      datePublished: '2025-05-25T09:30:00.000Z',
      claims: [{ text: 'قُتل 40 جنديًا', verdictLabelAr: 'منسوب لقائله', verdictLabelEn: 'Attributed', claimant: 'الجماعة', evidence: ['https://example.org/a'] }],
    })
    const [article, review] = data['@graph'] as Record<string, unknown>[]
    expect(article).toMatchObject({ '@type': 'NewsArticle', citation: ['https://example.org/a'], author: [{ '@type': 'Person', name: 'آمنة توري' }] })
    expect(review).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed: 'قُتل 40 جنديًا',
      reviewRating: { alternateName: 'منسوب لقائله' },
      itemReviewed: { author: { name: 'الجماعة' } },
    })
  })

  it('should never let the data close its script element, and read back as the same data', () => {
    const value = { text: '</script><script>alert(1)</script>', note: '<!-- </SCRIPT >' }
    const json = scriptJson(value)
    // The HTML parser ends a script element at "</script" in any case and treats "<!--" specially: no "<" at all.
    expect(json).not.toContain('<')
    expect(JSON.parse(json)).toEqual(value)
  })
})
