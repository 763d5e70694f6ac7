// npm run serve:cluster — Mirsad as a newsroom runs it on several machines, here on one: two app instances of the
// current build on the local database (./data/mirsad.db, SQLite in WAL mode, shared), Redis for Next's cache and
// the sign-in limits, one jobs worker, and nginx (deploy/nginx) balancing readers over both instances and caching
// in front. Build first (`npm run build`); CACHE_PORT and PORT choose the ports (defaults 8080, and 3000 and 3001
// for the instances). Ctrl-C stops everything.
import fs from 'node:fs'
import path from 'node:path'

import { type Cluster, startCluster } from './cluster'
import { forgetRenderedPages, hasNginx, npmRun } from './production-server'
import { hasRedis } from './redis-server'

function refuse(message: string): never {
  console.error(message)
  process.exit(1)
}

async function main() {
  if (!hasNginx()) {
    refuse('nginx مع وحدة الحذف من الذاكرة المؤقتة غير مثبت: apt-get install nginx-light libnginx-mod-http-cache-purge / nginx with the cache-purge module is missing: apt-get install nginx-light libnginx-mod-http-cache-purge')
  }
  if (!hasRedis()) refuse('redis-server غير مثبت: apt-get install redis-server / redis-server is missing: apt-get install redis-server')
  const distDir = process.env.NEXT_DIST_DIR || '.next'
  if (!fs.existsSync(path.join(distDir, 'BUILD_ID'))) {
    refuse(`لا يوجد بناء في ${distDir}: شغّل npm run build أولًا / no build in ${distDir}: run npm run build first`)
  }
  const appPort = Number(process.env.PORT || 3000)
  const cachePort = Number(process.env.CACHE_PORT || 8080)
  // Pages an earlier run rendered may come from another database; the shared cache starts empty anyway.
  forgetRenderedPages(distDir)
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', SITE_URL: process.env.SITE_URL || `http://localhost:${cachePort}` }
  // Once, before any instance opens the database.
  npmRun('migrate', env, 'cluster')

  const running: { cluster?: Cluster; stopping?: boolean } = {}
  const stop = async (code: number) => {
    if (running.stopping) return
    running.stopping = true
    await running.cluster?.stop()
    process.exit(code)
  }
  process.on('SIGINT', () => void stop(0))
  process.on('SIGTERM', () => void stop(0))
  const cluster = (running.cluster = await startCluster({ env, dir: path.resolve('data/cluster'), instances: 2, port: cachePort, instancePorts: [appPort, appPort + 1] }))
  for (const instance of cluster.instances) instance.process.on('exit', () => void stop(1))
  cluster.worker?.on('exit', () => void stop(1))

  const reader = `http://localhost:${cachePort}`
  console.log(`
مرصد على عدة نسخ / Mirsad on several instances:
  القرّاء عبر nginx / readers through nginx:   ${reader}/ar   ${reader}/en
  غرفة الأخبار / the newsroom (admin):         ${reader}/admin
  النسخ مباشرة / the instances directly:       ${cluster.instances.map((instance) => instance.baseURL).join('   ')}
  Redis: ${cluster.redis.url} · عامل المهام / jobs worker: npm run worker (pid ${cluster.worker?.pid})
اضغط Ctrl-C للإيقاف / Ctrl-C stops everything.
`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
