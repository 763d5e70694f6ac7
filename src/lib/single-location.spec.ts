import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { installSingleLocation } from './single-location'

describe('installSingleLocation', () => {
  let server: Server
  let base: string

  beforeAll(async () => {
    installSingleLocation()
    // What Next does on a redirect's cache-filling render: set the Location, then append the saved one.
    server = createServer((request, response) => {
      response.statusCode = 308
      response.setHeader('location', '/ar/articles/new')
      response.appendHeader('location', request.url === '/other' ? '/ar/articles/other' : '/ar/articles/new')
      response.appendHeader('vary', 'rsc')
      response.appendHeader('vary', 'accept-encoding')
      response.end()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  const locations = (response: Response) => [...response.headers.entries()].filter(([name]) => name === 'location').map(([, value]) => value)

  it('should send one Location when the same one is appended again', async () => {
    const response = await fetch(`${base}/same`, { redirect: 'manual' })
    expect(response.status).toBe(308)
    expect(locations(response)).toEqual(['/ar/articles/new'])
  })

  it('should keep the last Location appended', async () => {
    const response = await fetch(`${base}/other`, { redirect: 'manual' })
    expect(locations(response)).toEqual(['/ar/articles/other'])
  })

  it('should still append headers that may repeat', async () => {
    const response = await fetch(`${base}/same`, { redirect: 'manual' })
    expect(response.headers.get('vary')).toBe('rsc, accept-encoding')
  })
})
