import { describe, expect, it } from 'vitest'

import { canonicalAddress, clientAddress, trustedProxies } from './client-address'

const loopback = trustedProxies('127.0.0.1,::1')

describe('clientAddress', () => {
  it('should take the socket peer when it is not a trusted proxy, whatever the headers say', () => {
    expect(clientAddress({ socket: '198.51.100.4', forwardedFor: '1.1.1.1', realIP: '2.2.2.2' }, loopback)).toBe('198.51.100.4')
    expect(clientAddress({ socket: '127.0.0.1', forwardedFor: '1.1.1.1' }, trustedProxies(''))).toBe('127.0.0.1')
  })

  it('should take the right-most address that is not a trusted proxy', () => {
    const ranges = trustedProxies('127.0.0.1, 10.0.0.0/8, fd00::/8')
    expect(clientAddress({ socket: '::ffff:127.0.0.1', forwardedFor: 'forged, 203.0.113.9, 10.0.0.5' }, ranges)).toBe('203.0.113.9')
    expect(clientAddress({ socket: '127.0.0.1', forwardedFor: '2001:db8::1, fd00::2' }, ranges)).toBe('2001:db8::1')
    expect(clientAddress({ socket: '127.0.0.1', forwardedFor: '[2001:db8::7]' }, ranges)).toBe('2001:db8::7')
  })

  it('should stop at an entry no proxy would write, and keep the hop it knows', () => {
    expect(clientAddress({ socket: '127.0.0.1', forwardedFor: '203.0.113.9, not-an-address' }, loopback)).toBe('127.0.0.1')
  })

  it('should use X-Real-IP only from a trusted proxy that sent no chain', () => {
    expect(clientAddress({ socket: '127.0.0.1', realIP: '203.0.113.2' }, loopback)).toBe('203.0.113.2')
    expect(clientAddress({ socket: '127.0.0.1', forwardedFor: '203.0.113.3', realIP: '203.0.113.2' }, loopback)).toBe('203.0.113.3')
  })

  it('should know nothing without a socket', () => {
    expect(clientAddress({ socket: null, forwardedFor: '203.0.113.3', realIP: '203.0.113.2' }, loopback)).toBeNull()
  })

  it('should spell an address one way and ignore list entries that are not addresses', () => {
    expect(canonicalAddress('::ffff:192.0.2.1')).toBe('192.0.2.1')
    expect(canonicalAddress('1.2.3.4:80')).toBeNull()
    expect(trustedProxies('nginx, 127.0.0.1, ::ffff:10.0.0.0/104')).toHaveLength(2)
    expect(clientAddress({ socket: '10.9.9.9', forwardedFor: '203.0.113.5' }, trustedProxies('::ffff:10.0.0.0/104'))).toBe('203.0.113.5')
  })
})
