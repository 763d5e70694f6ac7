// Next's own file-system cache, this process's `.next` folder: what one app server uses (no REDIS_URL).

// eslint-disable-next-line @typescript-eslint/no-require-imports -- Next requires this file as CommonJS, outside the bundle.
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache').default
// eslint-disable-next-line @typescript-eslint/no-require-imports -- as above.
const { isMissingPage } = require('./missing-page.cjs')

class FileSystemPageCache extends FileSystemCache {
  async set(key, data, ctx) {
    if (isMissingPage(data)) return
    return super.set(key, data, ctx)
  }
}

module.exports = FileSystemPageCache
