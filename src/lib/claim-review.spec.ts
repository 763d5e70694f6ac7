import { describe, expect, it } from 'vitest'

import { claimAppearances, claimReview, type ReviewedClaim } from './claim-review'

const PAGE = { url: 'https://mirsad.example/en/articles/dioura', datePublished: '2025-05-25T09:30:00.000Z', publisher: { '@type': 'NewsMediaOrganization', name: 'Mirsad' } }
const JNIM = { name: 'جماعة نصرة الإسلام والمسلمين', type: 'Organization' as const, links: ['https://t.me/zallaqa_media'] }

const claim = (fields: Partial<ReviewedClaim> = {}): ReviewedClaim => ({
  id: 7,
  text: 'قالت الجماعة إن 40 عسكريًا ماليًا قُتلوا في الهجوم على معسكر جورا.',
  verdict: 'attributed',
  verdictLabel: 'Attributed',
  author: JNIM,
  evidence: [],
  ...fields,
})

describe('claimAppearances', () => {
  it('should take every evidence row of an attributed claim as a place it was made, earliest seen first', () => {
    const evidence = [
      { url: 'https://example.org/relay', accessedAt: '2025-05-25T08:00:00.000Z' },
      { url: 'https://t.me/zallaqa_media/812', archivedUrl: 'https://archive.example/812', accessedAt: '2025-05-24T19:00:00.000Z' },
      { archivedUrl: 'https://archive.example/undated' },
    ]
    expect(claimAppearances(claim({ evidence }))).toEqual({
      appearances: [
        { url: 'https://t.me/zallaqa_media/812', archivedAt: 'https://archive.example/812', seenAt: '2025-05-24T19:00:00.000Z' },
        { url: 'https://example.org/relay', seenAt: '2025-05-25T08:00:00.000Z' },
        { url: 'https://archive.example/undated' },
      ],
      firstSeenAt: '2025-05-24T19:00:00.000Z',
    })
  })

  it('should keep, behind a finding against a claim, only the rows on the claimant’s own pages', () => {
    const evidence = [{ url: 'https://satellite.example/dioura' }, { url: 'https://t.me/zallaqa_media/812' }, { url: 'https://t.me/someone_else/1' }]
    expect(claimAppearances(claim({ verdict: 'disputed', evidence })).appearances.map((item) => item.url)).toEqual(['https://t.me/zallaqa_media/812'])
  })

  it('should fall back on the claimant’s own pages, and give nothing rather than the fact-check itself', () => {
    const refuted = claim({ verdict: 'falseClaim', evidence: [{ url: 'https://satellite.example/dioura', accessedAt: '2025-05-26T10:00:00.000Z' }] })
    expect(claimAppearances(refuted)).toEqual({ appearances: [{ url: 'https://t.me/zallaqa_media' }], firstSeenAt: undefined })
    expect(claimAppearances(claim({ author: { name: 'مراقبون للشأن المالي', type: 'Person', links: [] } })).appearances).toEqual([])
  })

  it('should date a claim heard without an address, such as a conversation, by when the newsroom heard it', () => {
    const heard = claim({ author: { name: 'مراقبون للشأن المالي', type: 'Person', links: [] }, evidence: [{ accessedAt: '2025-05-25T06:00:00.000Z' }] })
    expect(claimAppearances(heard)).toEqual({ appearances: [], firstSeenAt: '2025-05-25T06:00:00.000Z' })
    expect(claimReview(heard, PAGE).itemReviewed).toEqual({ '@type': 'Claim', author: { '@type': 'Person', name: 'مراقبون للشأن المالي' }, datePublished: '2025-05-25T06:00:00.000Z' })
  })
})

describe('claimReview', () => {
  it('should address the review at the claim’s own anchor and review the claim as a sentence', () => {
    const review = claimReview(claim(), PAGE)
    expect(review['@id']).toBe('https://mirsad.example/en/articles/dioura#claim-7')
    expect(review.url).toBe(review['@id'])
    expect(review.claimReviewed).toBe(claim().text)
  })

  it('should say who made the claim, where it first appeared and when the newsroom saw it', () => {
    const review = claimReview(claim({ evidence: [{ url: 'https://t.me/zallaqa_media/812', accessedAt: '2025-05-24T19:00:00.000Z' }] }), PAGE)
    expect(review.itemReviewed).toEqual({
      '@type': 'Claim',
      author: { '@type': 'Organization', name: JNIM.name, sameAs: JNIM.links },
      datePublished: '2025-05-24T19:00:00.000Z',
      appearance: [{ '@type': 'CreativeWork', url: 'https://t.me/zallaqa_media/812' }],
      firstAppearance: { '@type': 'CreativeWork', url: 'https://t.me/zallaqa_media/812' },
    })
    const unnamed = claimReview(claim({ author: { name: 'مصدر أمني', type: 'Person', links: [] } }), PAGE).itemReviewed
    expect(unnamed).toEqual({ '@type': 'Claim', author: { '@type': 'Person', name: 'مصدر أمني' } })
  })

  it('should name the verdict in words, with a number only for verdicts on a claim’s truth', () => {
    expect(claimReview(claim(), PAGE).reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Attributed' })
    expect(claimReview(claim({ verdict: 'disputed', verdictLabel: 'متنازع عليه' }), PAGE).reviewRating).toEqual({ '@type': 'Rating', alternateName: 'متنازع عليه' })
    expect(claimReview(claim({ verdict: 'falseClaim', verdictLabel: 'False' }), PAGE).reviewRating).toEqual({
      '@type': 'Rating',
      alternateName: 'False',
      ratingValue: 1,
      worstRating: 1,
      bestRating: 3,
    })
    expect(claimReview(claim({ verdict: 'misleading', verdictLabel: 'Misleading' }), PAGE).reviewRating).toMatchObject({ ratingValue: 2 })
    expect(claimReview(claim({ verdict: 'corroborated', verdictLabel: 'Corroborated' }), PAGE).reviewRating).toMatchObject({ ratingValue: 3, bestRating: 3 })
  })

  it('should date a review checked before publication from the publication, and a later re-check from the check', () => {
    expect(claimReview(claim({ checkedAt: '2025-05-25T07:00:00.000Z' }), PAGE).datePublished).toBe(PAGE.datePublished)
    expect(claimReview(claim({ checkedAt: '2025-05-27T10:00:00.000Z' }), PAGE).datePublished).toBe('2025-05-27T10:00:00.000Z')
    expect(claimReview(claim(), PAGE).datePublished).toBe(PAGE.datePublished)
  })
})
