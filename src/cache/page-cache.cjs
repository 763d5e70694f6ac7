// Next's page cache (next.config.js `cacheHandler`): Next's own file-system cache, except that a missing page is
// never stored. A reader's page for an address that holds nothing is rendered afresh each time it is asked for
// (a few milliseconds: src/components/layout/missing-page.tsx), so it can never outlive the article published
// there later, on this instance or any other, and a flood of made-up addresses writes nothing to disk.
// CommonJS: Next loads this file itself, outside the bundle, in every server process.

// eslint-disable-next-line @typescript-eslint/no-require-imports -- Next requires this file as CommonJS, outside the bundle.
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache').default

class PageCache extends FileSystemCache {
  async set(key, data, ctx) {
    if (data && data.kind === 'APP_PAGE' && data.status === 404) return
    return super.set(key, data, ctx)
  }
}

module.exports = PageCache
