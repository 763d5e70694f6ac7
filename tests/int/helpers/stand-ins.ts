import http from 'node:http'
import type { AddressInfo } from 'node:net'

// Real HTTP servers on loopback standing in for a reader cache (GET /__purge<path>) or an app instance's
// revalidation route (POST /next/revalidate): they note every request and answer as the test says.

export type Hit = { method: string; path: string; body: string; signature?: string }
/** How to answer: a status, or 'hang' (never answer; the caller's timeout ends it). */
export type Answer = number | 'hang'

export type StandIn = {
  url: string
  hits: Hit[]
  /** Purged paths (without /__purge), decoded, in the order asked. */
  purged: () => string[]
  answer: (how: Answer | ((hit: Hit) => Answer)) => void
  /** Stops listening (connections are then refused) until `start` listens on the same port again. */
  stop: () => Promise<void>
  start: () => Promise<void>
}

export async function startStandIn(): Promise<StandIn> {
  const hits: Hit[] = []
  let how: Answer | ((hit: Hit) => Answer) = 200
  const open = new Set<http.ServerResponse>()
  const server = http.createServer((request, response) => {
    let body = ''
    request.on('data', (chunk) => (body += chunk))
    request.on('end', () => {
      const hit = { method: request.method ?? '', path: decodeURIComponent(request.url ?? ''), body, signature: request.headers['x-mirsad-signature'] as string | undefined }
      hits.push(hit)
      const answer = typeof how === 'function' ? how(hit) : how
      if (answer === 'hang') {
        open.add(response)
        return
      }
      response.statusCode = answer
      response.end(answer < 300 ? '{}' : '')
    })
  })
  let port = 0
  const start = () =>
    new Promise<void>((resolve) =>
      server.listen(port, '127.0.0.1', () => {
        port = (server.address() as AddressInfo).port
        resolve()
      }),
    )
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const response of open) response.destroy()
      open.clear()
      server.close(() => resolve())
      server.closeAllConnections()
    })
  await start()
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    purged: () => hits.filter((hit) => hit.path.startsWith('/__purge')).map((hit) => hit.path.slice('/__purge'.length)),
    answer: (next) => {
      how = next
    },
    stop,
    start,
  }
}
