// npm run serve:cached — the production server on the local database (./data/mirsad.db) behind the nginx
// cache of deploy/nginx, as a newsroom runs it: readers at the printed address, the app purging what changes.
// Build first (`npm run build`); CACHE_PORT and PORT choose the ports (defaults 8080 and 3000).
import { spawn } from 'node:child_process'
import path from 'node:path'

import { hasNginx, startCache, waitFor } from './production-server'

async function main() {
  if (!hasNginx()) {
    console.error('nginx مع وحدة الحذف من الذاكرة المؤقتة غير مثبت: apt-get install nginx-light libnginx-mod-http-cache-purge / nginx with the cache-purge module is missing: apt-get install nginx-light libnginx-mod-http-cache-purge')
    process.exit(1)
  }
  const appPort = Number(process.env.PORT || 3000)
  const cachePort = Number(process.env.CACHE_PORT || 8080)
  const app = spawn('npm', ['start'], {
    env: {
      ...process.env,
      PORT: String(appPort),
      CACHE_PURGE_URL: `http://127.0.0.1:${cachePort}`,
      SITE_URL: process.env.SITE_URL || `http://localhost:${cachePort}`,
      // nginx reaches the app over loopback: its X-Forwarded-For names the reader for the per-address limits.
      TRUSTED_PROXIES: process.env.TRUSTED_PROXIES || '127.0.0.1,::1',
    },
    stdio: 'inherit',
  })
  await waitFor(`http://127.0.0.1:${appPort}/api/articles?limit=1`, app, 120)
  const cache = await startCache({ dir: path.resolve('data/nginx'), upstream: `127.0.0.1:${appPort}`, port: cachePort })
  console.log(`\nمرصد عبر الذاكرة المؤقتة / Mirsad through the cache: http://localhost:${cachePort}/ar\n`)
  const stop = () => {
    cache.stop()
    app.kill('SIGTERM')
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  app.on('exit', () => {
    cache.stop()
    process.exit(1)
  })
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
