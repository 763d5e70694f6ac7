import { PUBLISHER_LOGO } from './cards'

// Structured data about the site itself: who publishes it (NewsMediaOrganization), how to search it (WebSite
// with a SearchAction), and the people who write for it (Person).

type Site = { base: string; name: string; alternateName: string; description: string; locale: string }

const organizationId = (base: string) => `${base}/#organization`

export function newsroomJsonLd(site: Site) {
  return {
    '@type': 'NewsMediaOrganization',
    '@id': organizationId(site.base),
    name: site.name,
    alternateName: site.alternateName,
    url: `${site.base}/`,
    logo: { '@type': 'ImageObject', url: `${site.base}${PUBLISHER_LOGO.url}`, width: PUBLISHER_LOGO.width, height: PUBLISHER_LOGO.height },
  }
}

/** The home page's description of the site: the newsroom, and the site search as a SearchAction. */
export function homeJsonLd(site: Site & { homeURL: string; searchURL: string }) {
  return {
    '@context': 'https://schema.org',
    '@graph': [
      newsroomJsonLd(site),
      {
        '@type': 'WebSite',
        '@id': `${site.homeURL}#website`,
        url: site.homeURL,
        name: site.name,
        alternateName: site.alternateName,
        description: site.description,
        inLanguage: site.locale,
        publisher: { '@id': organizationId(site.base) },
        potentialAction: {
          '@type': 'SearchAction',
          target: { '@type': 'EntryPoint', urlTemplate: `${site.searchURL}?q={search_term_string}` },
          'query-input': 'required name=search_term_string',
        },
      },
    ],
  }
}

type Author = { name: string; url: string; description?: string; image?: string }

export function personJsonLd(author: Author, site: Pick<Site, 'base' | 'name'>) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    '@id': `${author.url}#person`,
    name: author.name,
    url: author.url,
    ...(author.description ? { description: author.description } : {}),
    ...(author.image ? { image: author.image } : {}),
    worksFor: { '@type': 'NewsMediaOrganization', '@id': organizationId(site.base), name: site.name },
  }
}
