// Many readers at once, as plain HTTP requests (a browser per reader would measure the browser): each answer is
// checked, and what went wrong is counted, never thrown, so a spec can print the counts before asserting them.

export type ReaderAnswer = { url: string; status: number; text: string }

export type ReadersReport = {
  requests: number
  /** Answers the check refused (a 2xx with the wrong content, or any other status). */
  refused: number
  /** Requests that got no answer at all (connection refused or reset, timeout). */
  failed: number
  byTarget: Record<string, { requests: number; refused: number; failed: number }>
  firstRefused?: { url: string; status: number; excerpt: string }
}

type Options = {
  /** The address of request `index` (spread them over several servers, vary a query string). */
  url: (index: number) => string
  /** Which server a request went to, for the per-target counts. */
  target: (index: number) => string
  requests: number
  concurrency: number
  check: (answer: ReaderAnswer) => boolean
  /** Called after each answer with how many have come back, e.g. to kill a server in the middle of the load. */
  onAnswer?: (answered: number) => void
}

export async function readMany({ url, target, requests, concurrency, check, onAnswer }: Options): Promise<ReadersReport> {
  const report: ReadersReport = { requests, refused: 0, failed: 0, byTarget: {} }
  let next = 0
  let answered = 0
  const reader = async () => {
    while (next < requests) {
      const index = next++
      const address = url(index)
      const counts = (report.byTarget[target(index)] ??= { requests: 0, refused: 0, failed: 0 })
      counts.requests++
      try {
        const response = await fetch(address, { redirect: 'manual', signal: AbortSignal.timeout(30_000) })
        const answer = { url: address, status: response.status, text: await response.text() }
        if (!check(answer)) {
          report.refused++
          counts.refused++
          report.firstRefused ??= { url: address, status: answer.status, excerpt: answer.text.slice(0, 300) }
        }
      } catch {
        report.failed++
        counts.failed++
      }
      onAnswer?.(++answered)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, reader))
  return report
}
