// Long work on a server's one JavaScript thread, done in turns so the requests that arrive meanwhile are answered.
//
// Why not a worker thread: a worker starts from a script file of its own, and Next's server bundle gives no path to
// one that holds the same in `next dev`, vitest and `next start`. Detection is linear (a sentence is at most
// MAX_SENTENCE long, a fraction of a millisecond), so taking turns costs little and keeps one code path.

/**
 * `each` applied to every item, in order. After every `turnMs` of work it waits for setImmediate, which lets the
 * event loop answer pending I/O (a resolved promise would not: microtasks run before the loop turns).
 */
export async function mapInTurns<T, R>(items: Iterable<T>, each: (item: T) => R, turnMs = 5): Promise<R[]> {
  const results: R[] = []
  let turnStarted = performance.now()
  for (const item of items) {
    results.push(each(item))
    if (performance.now() - turnStarted >= turnMs) {
      await new Promise((resolve) => setImmediate(resolve))
      turnStarted = performance.now()
    }
  }
  return results
}
