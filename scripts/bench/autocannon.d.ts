// The part of autocannon 9's programmatic API the benchmark uses (the package ships no types of its own).
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events'

  type Request = {
    method?: string
    path?: string
    headers?: Record<string, string>
    body?: string
    setupRequest?: (request: Request, context: Record<string, unknown>) => Request | null
  }

  type Options = {
    url: string
    connections?: number
    duration?: number
    timeout?: number
    method?: string
    headers?: Record<string, string>
    body?: string
    requests?: Request[]
  }

  type Result = { duration: number; errors: number; timeouts: number; non2xx: number; requests: { total: number; average: number } }

  interface Instance extends EventEmitter, PromiseLike<Result> {
    stop(): void
    on(event: 'response', listener: (client: unknown, statusCode: number, bytes: number, milliseconds: number) => void): this
  }

  function autocannon(options: Options): Instance
  export default autocannon
}
