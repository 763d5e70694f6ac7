import { describe, expect, it } from 'vitest'

import { articlePath, safeHref } from './paths'

describe('safeHref', () => {
  it('should allow http(s), mailto, site paths and fragments', () => {
    expect(safeHref('https://example.org/a')).toBe('https://example.org/a')
    expect(safeHref('mailto:desk@mirsad.local')).toBe('mailto:desk@mirsad.local')
    expect(safeHref('/ar/articles/x')).toBe('/ar/articles/x')
    expect(safeHref('#note')).toBe('#note')
  })

  it('should refuse script, data and protocol-relative URLs', () => {
    expect(safeHref('javascript:alert(1)')).toBeUndefined()
    expect(safeHref(' JaVaScRiPt:alert(1)')).toBeUndefined()
    expect(safeHref('data:text/html,<script>alert(1)</script>')).toBeUndefined()
    expect(safeHref('//evil.example')).toBeUndefined()
    expect(safeHref('')).toBeUndefined()
  })
})

describe('articlePath', () => {
  it('should percent-encode Arabic slugs', () => {
    expect(articlePath('ar', 'هجوم-جورا')).toBe(`/ar/articles/${encodeURIComponent('هجوم-جورا')}`)
  })
})
