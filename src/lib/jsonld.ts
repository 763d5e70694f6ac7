// Structured data for an article page: a NewsArticle and one ClaimReview per claim with a verdict.

export type JsonLdClaim = {
  text: string
  verdictLabelAr: string
  verdictLabelEn: string
  claimant?: string
  evidence: string[]
  checkedAt?: string
}

export type JsonLdArticle = {
  url: string
  headline: string
  description?: string
  datePublished?: string
  dateModified?: string
  authors: { name: string; url?: string }[]
  section?: string
  image?: string
  language: string
  claims: JsonLdClaim[]
  corrections?: { text: string; datePublished?: string }[]
}

const PUBLISHER = { '@type': 'NewsMediaOrganization', name: 'مرصد — Mirsad' }

export function articleJsonLd(article: JsonLdArticle) {
  const citations = [...new Set(article.claims.flatMap((claim) => claim.evidence))]
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'NewsArticle',
        '@id': `${article.url}#article`,
        url: article.url,
        headline: article.headline,
        description: article.description,
        datePublished: article.datePublished,
        dateModified: article.dateModified ?? article.datePublished,
        inLanguage: article.language,
        articleSection: article.section,
        image: article.image,
        author: article.authors.map((author) => ({ '@type': 'Person', name: author.name, ...(author.url ? { url: author.url } : {}) })),
        publisher: PUBLISHER,
        ...(citations.length ? { citation: citations } : {}),
        ...(article.corrections?.length
          ? { correction: article.corrections.map((entry) => ({ '@type': 'CorrectionComment', text: entry.text, datePublished: entry.datePublished })) }
          : {}),
      },
      ...article.claims.map((claim, index) => ({
        '@type': 'ClaimReview',
        '@id': `${article.url}#claim-${index + 1}`,
        url: `${article.url}#sources`,
        claimReviewed: claim.text,
        datePublished: claim.checkedAt ?? article.datePublished,
        author: PUBLISHER,
        itemReviewed: {
          '@type': 'Claim',
          ...(claim.claimant ? { author: { '@type': 'Organization', name: claim.claimant } } : {}),
          appearance: { '@id': `${article.url}#article` },
        },
        reviewRating: { '@type': 'Rating', alternateName: claim.verdictLabelAr, name: claim.verdictLabelEn },
      })),
    ],
  }
}

/** JSON for a <script> element: `<` escaped so no text in it can close the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c')
}
