import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'

import { installSocketAddressStamp } from '@/lib/socket-address'

// The app's REST and GraphQL routes behind a real HTTP server on loopback, its sockets stamped as `next start`
// stamps them (src/instrumentation.ts): for what only a socket can tell, such as the address a request came from.

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

export async function serveAPI() {
  installSocketAddressStamp()
  const rest = await import('@/app/(payload)/api/[...slug]/route')
  const graphql = await import('@/app/(payload)/api/graphql/route')
  const server = http.createServer(async (incoming, outgoing) => {
    const url = new URL(incoming.url ?? '/', `http://${incoming.headers.host}`)
    const headers = new Headers()
    for (const [name, value] of Object.entries(incoming.headers)) if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
    const method = (incoming.method ?? 'GET') as Method
    const body = method === 'GET' ? undefined : (Readable.toWeb(incoming) as ReadableStream)
    const request = new Request(url, { method, headers, body, duplex: 'half' } as RequestInit)
    const path = url.pathname.replace(/^\/api\//, '')
    const response = path === 'graphql' ? await graphql.POST(request) : await rest[method](request, { params: Promise.resolve({ slug: path.split('/') }) })
    outgoing.writeHead(response.status, Object.fromEntries(response.headers))
    outgoing.end(Buffer.from(await response.arrayBuffer()))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}
