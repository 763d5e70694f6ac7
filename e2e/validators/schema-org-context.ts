// A local copy of the part of schema.org's JSON-LD context (schema.org/docs/jsonldcontext.jsonld) a newsroom
// uses, written the way schema.org writes it: no @vocab, so a term outside this list (a typo, a made-up
// property) is dropped by expansion and jsonld's safe mode names it. Add a term here only if schema.org has it.

const SCHEMA = 'http://schema.org/'

const TYPES = [
  'AboutPage', 'AdministrativeArea', 'AggregateRating', 'AnalysisNewsArticle', 'Article', 'Audience', 'BackgroundNewsArticle',
  'BreadcrumbList', 'City', 'Claim', 'ClaimReview', 'CollectionPage', 'Comment', 'ContactPoint', 'CorrectionComment', 'Country',
  'CreativeWork', 'DefinedTerm', 'DefinedTermSet', 'EntryPoint', 'GeoCoordinates', 'ImageObject', 'ItemList', 'Language',
  'ListItem', 'MediaObject', 'NewsArticle', 'NewsMediaOrganization', 'OpinionNewsArticle', 'Organization', 'Person', 'Place',
  'PostalAddress', 'ProfilePage', 'PropertyValueSpecification', 'Quotation', 'Rating', 'ReportageNewsArticle', 'Review',
  'SearchAction', 'SearchResultsPage', 'SiteNavigationElement', 'SocialMediaPosting', 'SpeakableSpecification', 'Thing',
  'VideoObject', 'WebPage', 'WebPageElement', 'WebSite',
]

const PROPERTIES = [
  'about', 'abstract', 'actionableFeedbackPolicy', 'address', 'addressCountry', 'addressLocality', 'addressRegion', 'affiliation',
  'alternateName', 'alternativeHeadline', 'appearance', 'areaServed', 'articleBody', 'articleSection', 'associatedMedia', 'author',
  'backstory', 'bestRating', 'breadcrumb', 'caption', 'citation', 'claimReviewed', 'contactPoint', 'contactType',
  'containedInPlace', 'contentLocation', 'contributor', 'copyrightHolder', 'copyrightYear', 'correction', 'creator', 'cssSelector',
  'dateline', 'description', 'editor', 'email', 'encodingFormat', 'familyName', 'founder', 'geo', 'givenName', 'hasPart',
  'headline', 'height', 'identifier', 'inDefinedTermSet', 'inLanguage', 'isAccessibleForFree', 'isPartOf', 'item',
  'itemListElement', 'itemReviewed', 'jobTitle', 'keywords', 'knowsAbout', 'knowsLanguage', 'latitude', 'locationCreated',
  'longitude', 'mainEntity', 'mentions', 'name', 'numberOfItems', 'parentOrganization', 'position', 'potentialAction',
  'printSection', 'publisher', 'query', 'query-input', 'ratingExplanation', 'ratingValue', 'reviewBody', 'reviewRating',
  'spatialCoverage', 'speakable', 'subjectOf', 'target', 'telephone', 'termCode', 'text', 'urlTemplate', 'valueName',
  'valueRequired', 'width', 'wordCount', 'worksFor', 'worstRating', 'xpath', 'firstAppearance', 'masthead', 'noBylinesPolicy',
  'unnamedSourcesPolicy', 'diversityPolicy', 'ownershipFundingInfo', 'missionCoveragePrioritiesPolicy', 'audience',
  'reviewAspect', 'duration',
]

// As in schema.org's context: properties whose values are addresses are "@id" (so a relative one is caught) …
const ADDRESSES = [
  'contentUrl', 'correctionsPolicy', 'discussionUrl', 'embedUrl', 'ethicsPolicy', 'image', 'isBasedOn', 'license', 'logo',
  'mainEntityOfPage', 'primaryImageOfPage', 'publishingPrinciples', 'relatedLink', 'sameAs', 'significantLink', 'thumbnailUrl',
  'url', 'verificationFactCheckingPolicy',
]
// … and dates carry schema:Date.
const DATES = ['dateCreated', 'dateModified', 'datePublished', 'endDate', 'foundingDate', 'lastReviewed', 'startDate', 'uploadDate']

export const SCHEMA_ORG_CONTEXT = {
  '@context': {
    schema: SCHEMA,
    id: '@id',
    type: '@type',
    ...Object.fromEntries(TYPES.map((term) => [term, { '@id': `schema:${term}` }])),
    ...Object.fromEntries(PROPERTIES.map((term) => [term, { '@id': `schema:${term}` }])),
    ...Object.fromEntries(ADDRESSES.map((term) => [term, { '@id': `schema:${term}`, '@type': '@id' }])),
    ...Object.fromEntries(DATES.map((term) => [term, { '@id': `schema:${term}`, '@type': 'schema:Date' }])),
  },
}

export const SCHEMA_ORG = SCHEMA
