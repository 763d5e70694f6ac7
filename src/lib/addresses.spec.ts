import { describe, expect, it } from 'vitest'

import { addressList, appAddresses, cacheAddresses } from './addresses'

describe('address lists', () => {
  it('should read commas, spaces and newlines alike, and name each address once', () => {
    expect(addressList(' http://a:8080/, http://b:8080\n http://c:8080  http://a:8080')).toEqual(['http://a:8080', 'http://b:8080', 'http://c:8080'])
  })

  it('should give no cache to purge when CACHE_PURGE_URL is unset or blank', () => {
    expect(cacheAddresses({})).toEqual([])
    expect(cacheAddresses({ CACHE_PURGE_URL: ' , ' })).toEqual([])
  })

  it('should tell this machine’s own server when APP_URLS is unset', () => {
    expect(appAddresses({})).toEqual(['http://127.0.0.1:3000'])
    expect(appAddresses({ PORT: '3101' })).toEqual(['http://127.0.0.1:3101'])
    expect(appAddresses({ APP_URLS: 'http://10.0.0.1:3000,http://10.0.0.2:3000', PORT: '3101' })).toEqual(['http://10.0.0.1:3000', 'http://10.0.0.2:3000'])
  })
})
