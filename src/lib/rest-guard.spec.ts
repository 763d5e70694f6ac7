import { describe, expect, it } from 'vitest'

import { refuseRestRequest } from './rest-guard'

const request = (over: Partial<Parameters<typeof refuseRestRequest>[0]>) => refuseRestRequest({ method: 'GET', pathname: '/api/articles', search: '', contentType: null, body: null, ...over })

describe('refuseRestRequest', () => {
  it('should refuse ids Payload would read as a number and the rest dropped, and nothing else in the path', () => {
    expect(request({ pathname: "/api/articles/1'--" })).toMatch(/not a valid document id/i)
    expect(request({ pathname: '/api/articles/1%20OR%201=1' })).toMatch(/not a valid document id/i)
    for (const pathname of ['/api/articles/12', '/api/articles/12/detect-claims', '/api/users/me', '/api/articles/versions', '/api/media/file/seed-1-400x225.webp']) {
      expect(request({ pathname }), pathname).toBeNull()
    }
  })

  it('should refuse JSON bodies that are not objects, and operators Payload fails on', () => {
    for (const body of ['12', 'null', '[]', '"x"', '{']) expect(request({ method: 'POST', contentType: 'application/json', body }), body).not.toBeNull()
    expect(request({ method: 'POST', contentType: 'application/json', body: '{"title":"x"}' })).toBeNull()
    expect(request({ method: 'POST', contentType: 'multipart/form-data', body: '12' })).toBeNull()
    expect(request({ search: '?where[title][near]=1,2' })).toMatch(/near/)
    expect(request({ search: '?where[title][like]=near' })).toBeNull()
  })
})
