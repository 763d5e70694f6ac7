// Long work on a server's one JavaScript thread, done in turns so the requests that arrive meanwhile are answered.
//
// Why not a worker thread: Next bundles the server, and a worker needs a file of its own to start from, which the
// production build neither emits nor resolves the same way in dev, tests and `next start`. Detection is linear
// (each sentence at most MAX_SENTENCE long), so taking turns costs little: one item is far shorter than a turn.

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
