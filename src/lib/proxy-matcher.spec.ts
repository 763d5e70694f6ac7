import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { localeCodes } from '@/i18n/locales'

// The proxy's matcher must be a literal (Next reads it from the file at build time), so the languages it skips
// are written out there; this reads it the same way, keeps it in step with the locale list, and checks what
// it lets through.
const source = fs.readFileSync(path.resolve('src/proxy.ts'), 'utf8')
const matcher = [...(source.match(/matcher:\s*\[([^\]]*)\]/)?.[1] ?? '').matchAll(/'((?:[^'\\]|\\.)*)'/g)].map((match) => match[1].replace(/\\\\/g, '\\'))
const matches = (route: string) => matcher.some((pattern) => new RegExp(`^${pattern}$`).test(route))

describe('the proxy matcher', () => {
  it('should skip every page that starts with one of our languages, and nothing else', () => {
    expect(matcher).toHaveLength(1)
    for (const code of localeCodes) {
      for (const route of [`/${code}`, `/${code}/`, `/${code}/articles/خبر`, `/${code}/search`]) expect(matches(route), route).toBe(false)
    }
    for (const route of ['/', '/articles/خبر', '/arabic', '/english/x', '/admin', '/admin/collections/articles']) expect(matches(route), route).toBe(true)
    for (const route of ['/api/articles', '/_next/static/x.js', '/favicon.ico', '/ar/feed.xml', '/next/revalidate']) expect(matches(route), route).toBe(false)
  })

  it('should name exactly the locale list', () => {
    const named = matcher[0].match(/\(\?:([a-z|]+)\)\(\?:\/\|\$\)/)?.[1].split('|')
    expect(named?.sort()).toEqual([...localeCodes].sort())
  })
})
