import { describe, expect, it } from 'vitest'

import { lastSeenChange } from './cards'
import { newsSitemapXml, sitemapXml } from './sitemaps'

const base = 'https://mirsad.example'

describe('the news sitemap', () => {
  it('should list the recent reports with their News metadata', () => {
    const xml = newsSitemapXml(base, [{ path: '/ar/articles/a&b', locale: 'ar', title: 'خبر <عاجل>', publishedAt: '2026-12-01T10:00:00.000Z', publication: 'مرصد' }], ['/ar/articles/old'])
    expect(xml).toContain('<loc>https://mirsad.example/ar/articles/a&amp;b</loc><news:news>')
    expect(xml).toContain('<news:title>خبر &lt;عاجل&gt;</news:title>')
    expect(xml).not.toContain('/ar/articles/old')
  })

  it('should never be an empty urlset: with nothing recent, the older addresses without <news:news>', () => {
    const xml = newsSitemapXml(base, [], ['/ar/articles/old', '/en/articles/old'])
    expect(xml.match(/<url>/g)).toHaveLength(2)
    expect(xml).not.toContain('<news:news>')
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9"/)
  })
})

describe('the sitemap', () => {
  it('should list a page only in the languages it exists in, each naming the others', () => {
    const xml = sitemapXml(base, [{ path: (locale) => `/${locale}/articles/x`, versions: ['ar'], lastmod: '2025-05-25T16:00:00.000Z' }])
    expect(xml.match(/<url>/g)).toHaveLength(1)
    expect(xml).not.toContain('/en/articles/x')
    expect(xml).toContain('<lastmod>2025-05-25T16:00:00.000Z</lastmod><xhtml:link rel="alternate" hreflang="ar" href="https://mirsad.example/ar/articles/x"/>')
  })
})

describe('lastSeenChange', () => {
  it('should take the publication or the newest dated correction, whichever is later', () => {
    expect(lastSeenChange('2025-05-25T09:30:00.000Z', ['2025-05-25T16:00:00.000Z', undefined, '2025-05-25T12:00:00Z'])).toBe('2025-05-25T16:00:00.000Z')
    expect(lastSeenChange('2025-05-25T09:30:00.000Z')).toBe('2025-05-25T09:30:00.000Z')
    expect(lastSeenChange(undefined, [null, 'not a date'])).toBeUndefined()
  })
})
