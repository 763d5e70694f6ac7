// One load run with autocannon: requests per second and latency percentiles from every response's own time.
import autocannon from 'autocannon'

export type Measurement = {
  target: string
  rps: number
  p50: number
  p95: number
  p99: number
  requests: number
  /** Responses other than 2xx, socket errors and timeouts: a run with any of them measured the wrong thing. */
  failed: number
  note?: string
}

export type LoadOptions = {
  url: string
  connections: number
  duration: number
  method?: 'GET' | 'POST' | 'PATCH'
  headers?: Record<string, string>
  body?: string
  /** A new path for every request (distinct slugs, rotating queries); null when there are no more. */
  nextPath?: () => string | null
}

/** The q-quantile of ascending `sorted` (nearest rank). */
export const percentile = (sorted: number[], q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] : Number.NaN)

export async function measure(target: string, options: LoadOptions): Promise<Measurement> {
  const { url, connections, duration, method = 'GET', headers, body, nextPath } = options
  const latencies: number[] = []
  let non2xx = 0
  let exhausted = false
  let lastPath = new URL(url).pathname
  // autocannon reports p97.5 but not p95, so the percentiles come from the response times themselves.
  const running: { instance?: ReturnType<typeof autocannon> } = {}
  const instance = autocannon({
    url,
    connections,
    duration,
    method,
    headers,
    body,
    timeout: 30,
    requests: nextPath
      ? [
          {
            setupRequest: (request) => {
              const path = nextPath()
              if (path === null) {
                // Out of never-requested paths: stop rather than measure cached answers.
                exhausted = true
                running.instance?.stop()
                return { ...request, path: lastPath }
              }
              lastPath = path
              return { ...request, path }
            },
          },
        ]
      : undefined,
  })
  running.instance = instance
  instance.on('response', (_client, statusCode, _bytes, milliseconds) => {
    latencies.push(milliseconds)
    if (statusCode < 200 || statusCode >= 300) non2xx++
  })
  const result = await instance
  latencies.sort((a, b) => a - b)
  return {
    target,
    rps: result.requests.total / Math.max(result.duration, 0.001),
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    requests: result.requests.total,
    failed: non2xx + result.errors + result.timeouts,
    note: exhausted ? `stopped after ${result.requests.total} requests: no unrequested articles left (use more --articles)` : undefined,
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Requests `url` until `header` says HIT (the page is in that cache); false if it never does. */
export async function warm(url: string, header: string): Promise<boolean> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const response = await fetch(url)
    await response.arrayBuffer()
    if (!response.ok) throw new Error(`${url} answered ${response.status}`)
    if (response.headers.get(header)?.toUpperCase() === 'HIT') return true
    await sleep(250)
  }
  return false
}
