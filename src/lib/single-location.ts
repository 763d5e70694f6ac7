import diagnostics from 'node:diagnostics_channel'
import type { ServerResponse } from 'node:http'

// Next 16.4.6 sends a cached page's redirect with its Location twice on the render that fills the cache: the
// render sets it, and the cache entry's saved headers are then appended to the same response
// (build/templates/app-page-runtime: `res.appendHeader` over `cachedData.headers`). A response has one Location
// (RFC 9110 §10.2.2), so on every response this process's HTTP servers send, appending a Location replaces it.

const INSTALLED = Symbol.for('mirsad.singleLocation')
type Installed = typeof globalThis & { [INSTALLED]?: true }

type RequestStart = { response: ServerResponse }

/** Makes every response of this process carry at most one Location header (src/instrumentation.ts). */
export function installSingleLocation(): void {
  const process = globalThis as Installed
  if (process[INSTALLED]) return
  diagnostics.subscribe('http.server.request.start', (message) => {
    const { response } = message as RequestStart
    const append = response.appendHeader
    response.appendHeader = function appendHeader(this: ServerResponse, name: string, value: string | readonly string[]) {
      if (name.toLowerCase() === 'location' && this.hasHeader('location')) return this.setHeader(name, value)
      return append.call(this, name, value)
    }
  })
  process[INSTALLED] = true
}
