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
      claims: [
        {
          id: 5,
          text: 'قالت الجماعة إن 40 جنديًا قُتلوا.',
          verdict: 'attributed',
          verdictLabel: 'منسوب لقائله',
          author: { name: 'الجماعة', type: 'Organization', links: [] },
          evidence: [{ url: 'https://example.org/a' }, { archivedUrl: 'https://archive.example/b' }],
        },
      ],
    })
    const [article, review] = data['@graph'] as Record<string, unknown>[]
    expect(article).toMatchObject({ '@type': 'NewsArticle', citation: ['https://example.org/a'], author: [{ '@type': 'Person', name: 'آمنة توري' }] })
    expect(review).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed: 'قالت الجماعة إن 40 جنديًا قُتلوا.',
      reviewRating: { alternateName: 'منسوب لقائله' },
      itemReviewed: { author: { name: 'الجماعة' } },
    })
  })

  it('should give each claim the @id of its own entry on the page, whatever order the claims come in', () => {
    const claim = (id: number) => ({ id, text: `ادعاء ${id}.`, verdict: 'attributed' as const, verdictLabel: 'Attributed', evidence: [] })
    // Reading order puts the fifth recorded claim before the fourth (the Dioura report): counting them swapped the two.
    const data = articleJsonLd({ url: 'https://news.example/en/articles/x', headline: 'x', authors: [], language: 'en', claims: [3, 5, 4].map(claim) })
    const reviews = data['@graph'].slice(1) as { '@id': string; url: string; claimReviewed: string }[]
    expect(reviews.map((review) => review['@id'])).toEqual(['#claim-3', '#claim-5', '#claim-4'].map((anchor) => `https://news.example/en/articles/x${anchor}`))
    expect(reviews.map((review) => review.url)).toEqual(reviews.map((review) => review['@id']))
    expect(reviews[1].claimReviewed).toBe('ادعاء 5.')
  })

  it('should never let the data close its script element, and read back as the same data', () => {
    const value = { text: '</script><script>alert(1)</script>', note: '<!-- </SCRIPT >' }
    const json = scriptJson(value)
    // The HTML parser ends a script element at "</script" in any case and treats "<!--" specially: no "<" at all.
    expect(json).not.toContain('<')
    expect(JSON.parse(json)).toEqual(value)
  })
})
