import { freePort, hasNginx, startCache, startProductionServer } from '../scripts/production-server'
import { assertChromiumInstalled } from './helpers/browser'

// Builds once, seeds a fresh database, starts `next start` on a free port behind the nginx cache of
// deploy/nginx; the tests get both addresses.
export default async function globalSetup() {
  assertChromiumInstalled()
  if (!hasNginx()) {
    throw new Error('nginx with the cache-purge module is missing: apt-get install -y nginx-light libnginx-mod-http-cache-purge (.ci/run does)')
  }
  const cachePort = await freePort()
  const { baseURL, pid } = await startProductionServer({
    dir: 'data/e2e',
    build: process.env.E2E_SKIP_BUILD !== '1',
    label: 'e2e',
    env: { CACHE_PURGE_URL: `http://127.0.0.1:${cachePort}` },
  })
  const cache = await startCache({ dir: 'data/e2e-nginx', upstream: baseURL.replace(/^http:\/\//, ''), port: cachePort, label: 'e2e' })
  process.env.E2E_BASE_URL = baseURL
  process.env.E2E_SERVER_PID = String(pid)
  process.env.E2E_CACHE_URL = cache.url
}
