// Next's page cache (next.config.js `cacheHandler`). With REDIS_URL, on Redis, shared by every app instance
// (redis-page-cache.cjs); without it, Next's own file-system cache in this process (file-system-page-cache.cjs).
// Either way a missing page is never stored (missing-page.cjs).
// CommonJS: Next loads this file itself, outside the bundle, in every server process.

// `next build` keeps its prerendered pages on disk as always: a build needs no Redis, and writes no page there
// that another deploy's database rendered.
const onRedis = () => Boolean(process.env.REDIS_URL) && process.env.NEXT_PHASE !== 'phase-production-build'

// Chosen each time Next makes its cache (once per request), from the environment then in force.
class PageCache {
  constructor(context) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS, outside the bundle.
    const Cache = onRedis() ? require('./redis-page-cache.cjs') : require('./file-system-page-cache.cjs')
    this.cache = new Cache(context)
  }

  get(...args) {
    return this.cache.get(...args)
  }

  set(...args) {
    return this.cache.set(...args)
  }

  revalidateTag(...args) {
    return this.cache.revalidateTag(...args)
  }

  resetRequestCache() {
    this.cache.resetRequestCache?.()
  }
}

module.exports = PageCache
