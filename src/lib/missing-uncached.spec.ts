import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { installMissingUncached, MISSING_CACHE_CONTROL } from './missing-uncached'

describe('installMissingUncached', () => {
  let server: Server
  let base: string

  beforeAll(async () => {
    installMissingUncached()
    // As Next answers: the route's cache lifetime set before the head, or passed with it.
    server = createServer((request, response) => {
      const status = request.url?.startsWith('/missing') ? 404 : 200
      if (request.url?.endsWith('/in-head')) {
        response.writeHead(status, { 'Cache-Control': 's-maxage=3600, stale-while-revalidate=31532400', 'content-type': 'text/html' })
      } else {
        response.statusCode = status
        response.setHeader('Cache-Control', 's-maxage=60, stale-while-revalidate=31535940')
      }
      response.end('<html></html>')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('should make a missing page uncacheable, however its lifetime was set', async () => {
    for (const path of ['/missing/page', '/missing/in-head']) {
      const response = await fetch(`${base}${path}`)
      expect(response.status).toBe(404)
      expect(response.headers.get('cache-control')).toBe(MISSING_CACHE_CONTROL)
    }
  })

  it('should leave the cache lifetime of every other answer alone', async () => {
    expect((await fetch(`${base}/found`)).headers.get('cache-control')).toBe('s-maxage=60, stale-while-revalidate=31535940')
    expect((await fetch(`${base}/found/in-head`)).headers.get('cache-control')).toBe('s-maxage=3600, stale-while-revalidate=31532400')
  })
})
