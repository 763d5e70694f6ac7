// Structured data for an article page: a NewsArticle and one ClaimReview per claim with a verdict.

import { claimReview, type ReviewedClaim } from './claim-review'
import { PUBLISHER_LOGO } from './seo/cards'

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
  claims: ReviewedClaim[]
  corrections?: { text: string; datePublished?: string }[]
}

const PUBLISHER = { '@type': 'NewsMediaOrganization', name: 'مرصد — Mirsad' }

export function articleJsonLd(article: JsonLdArticle) {
  // The publisher with its logo, on this site (public/logo.png), as news crawlers ask of an article's publisher.
  const origin = new URL(article.url).origin
  const publisher = { ...PUBLISHER, logo: { '@type': 'ImageObject', url: `${origin}${PUBLISHER_LOGO.url}`, width: PUBLISHER_LOGO.width, height: PUBLISHER_LOGO.height } }
  const citations = [...new Set(article.claims.flatMap((claim) => claim.evidence.flatMap((item) => (item.url ? [item.url] : []))))]
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
        publisher,
        ...(citations.length ? { citation: citations } : {}),
        ...(article.corrections?.length
          ? { correction: article.corrections.map((entry) => ({ '@type': 'CorrectionComment', text: entry.text, datePublished: entry.datePublished })) }
          : {}),
      },
      ...article.claims.map((claim) => claimReview(claim, { url: article.url, datePublished: article.datePublished, publisher })),
    ],
  }
}

/** JSON for a <script> element: `<` escaped so no text in it can close the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c')
}
