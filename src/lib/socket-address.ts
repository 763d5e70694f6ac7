import { randomBytes } from 'node:crypto'
import diagnostics from 'node:diagnostics_channel'
import type { IncomingMessage } from 'node:http'
import type { Socket } from 'node:net'

// Next 16 gives route handlers no socket: NextRequest has no `ip`, and Next copies the peer into X-Forwarded-For
// only when the client sent none (base-server: `x-forwarded-for ??= socket.remoteAddress`), so a client that
// writes its own header erases the one fact there was. Node announces every request its HTTP server receives on
// a diagnostics channel before any listener (Next's included) sees it: there the peer is written into a header
// that travels with the request into the route handler and Payload's hooks. The header's name is drawn at random
// when the server starts, so no client can send it, not even a request that arrived before the stamp was on.

const STAMP = Symbol.for('mirsad.socketAddressHeader')
// The instrumentation hook and the route handlers are bundled apart: the name lives on the process's global.
type Stamped = typeof globalThis & { [STAMP]?: string }

type RequestStart = { request: IncomingMessage; socket: Socket }

/** This process's header name for the stamp, or undefined until it is installed. */
export const socketAddressHeader = (): string | undefined => (globalThis as Stamped)[STAMP]

/** Stamps every request this process's HTTP servers receive with its socket's peer address (src/instrumentation.ts). */
export function installSocketAddressStamp(): string {
  const process = globalThis as Stamped
  if (process[STAMP]) return process[STAMP]
  const header = `x-mirsad-peer-${randomBytes(12).toString('hex')}`
  diagnostics.subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as RequestStart
    request.headers[header] = socket.remoteAddress ?? ''
  })
  process[STAMP] = header
  return header
}

/**
 * The peer address of the socket a request came in on, or null when it is unknown: a call from our own code
 * (the local API), a request received before the stamp was installed, or a server that does not install it.
 */
export function socketAddress(headers: Headers | undefined): string | null {
  const header = socketAddressHeader()
  return (header && headers?.get(header)) || null
}
