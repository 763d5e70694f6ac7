import diagnostics from 'node:diagnostics_channel'
import type { OutgoingHttpHeader, OutgoingHttpHeaders, ServerResponse } from 'node:http'

// A missing page is rendered by a cached route (src/components/layout/missing-page.tsx), so Next sends it with
// the route's `s-maxage`: nginx, a CDN or any shared cache would keep «not found» for that address for up to an
// hour, past the article an editor publishes there meanwhile. Next's own cache never stores it
// (src/cache/page-cache.cjs); this keeps every other cache from storing it either: every 404 this process
// sends says `no-store`.

const INSTALLED = Symbol.for('mirsad.missingUncached')
type Installed = typeof globalThis & { [INSTALLED]?: true }

export const MISSING_CACHE_CONTROL = 'private, no-cache, no-store, max-age=0, must-revalidate'

type RequestStart = { response: ServerResponse }
type WriteHead = (statusCode: number, ...rest: (string | OutgoingHttpHeaders | OutgoingHttpHeader[] | undefined)[]) => ServerResponse

/** Makes every 404 response of this process uncacheable by anyone (src/instrumentation.ts). */
export function installMissingUncached(): void {
  const process = globalThis as Installed
  if (process[INSTALLED]) return
  diagnostics.subscribe('http.server.request.start', (message) => {
    const { response } = message as RequestStart
    const writeHead = response.writeHead as unknown as WriteHead
    // Node's own implicit head (res.end without writeHead) calls this too.
    response.writeHead = function (this: ServerResponse, statusCode: number, ...rest: Parameters<WriteHead>[1][]) {
      if (statusCode === 404) {
        this.setHeader('Cache-Control', MISSING_CACHE_CONTROL)
        // Headers passed here win over those set before: theirs is replaced too.
        for (const headers of rest) {
          if (!headers || typeof headers !== 'object' || Array.isArray(headers)) continue
          for (const name of Object.keys(headers)) if (name.toLowerCase() === 'cache-control') headers[name] = MISSING_CACHE_CONTROL
        }
      }
      return writeHead.call(this, statusCode, ...rest)
    } as ServerResponse['writeHead']
  })
  process[INSTALLED] = true
}
