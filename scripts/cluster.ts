import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

import { freePort, startCache, startInstance, stopServer } from './production-server'
import { type RedisServer, startRedis } from './redis-server'

// Several app instances of one build on one database, as a newsroom runs them on many machines: Redis for what
// they share (Next's cache, the sign-in limits), one jobs worker, and nginx balancing readers over the instances
// and caching in front. Used by `npm run serve:cluster`, e2e/cluster.spec.ts and the benchmark's cluster rows.

export type ClusterOptions = {
  /** The database's environment (serverEnv/prepareDatabase): already migrated, and seeded if it should be. */
  env: NodeJS.ProcessEnv
  /** Where Redis and nginx keep their files. */
  dir: string
  instances?: number
  /** Whether the jobs worker runs (`npm run worker`); the instances never run jobs themselves. */
  worker?: boolean
  /** The reader-facing nginx's port (a free one by default). */
  port?: number
  /** The instances' ports (free ones by default). */
  instancePorts?: number[]
  label?: string
}

export type Cluster = {
  redis: RedisServer
  instances: Awaited<ReturnType<typeof startInstance>>[]
  worker?: ChildProcess
  nginx: { url: string; stop: () => void }
  /** The environment every instance and the worker run with. */
  env: NodeJS.ProcessEnv
  stop: () => Promise<void>
}

/** The jobs runner (`npm run worker`) on the cluster's environment, in its own process group. */
export function startWorker(env: NodeJS.ProcessEnv, label = 'cluster') {
  const worker = spawn('npm', ['run', '--silent', 'worker'], { env: { ...env, NODE_ENV: 'production' }, stdio: ['ignore', 'inherit', 'inherit'], detached: true })
  worker.on('exit', (code, signal) => {
    if (signal !== 'SIGTERM') console.error(`[${label}] the jobs worker exited (${signal ?? `code ${code}`})`)
  })
  console.log(`[${label}] jobs worker started (pid ${worker.pid})`)
  return worker
}

/** Stops a process started in its own group and waits until it has exited (Redis stops after the instances). */
async function stopAndWait(child: ChildProcess, seconds = 15) {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  stopServer(child.pid!)
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, seconds * 1000))])
}

export async function startCluster({ env: databaseEnv, dir, instances: count = 2, worker: withWorker = true, port, instancePorts = [], label = 'cluster' }: ClusterOptions): Promise<Cluster> {
  const stops: (() => unknown)[] = []
  const stop = async () => {
    for (const step of stops.splice(0).reverse()) {
      try {
        await step()
      } catch {
        // keep stopping the rest
      }
    }
  }
  try {
    const redis = await startRedis({ dir: path.join(dir, 'redis') })
    stops.push(() => redis.stop())
    console.log(`[${label}] redis at ${redis.url}`)
    const ports: number[] = []
    for (let instance = 0; instance < count; instance++) ports.push(instancePorts[instance] ?? (await freePort()))
    const addresses = ports.map((each) => `http://127.0.0.1:${each}`)
    const nginxPort = port ?? (await freePort())
    const nginxURL = `http://127.0.0.1:${nginxPort}`
    const env: NodeJS.ProcessEnv = {
      ...databaseEnv,
      REDIS_URL: redis.url,
      // One jobs runner for the whole cluster: the worker below.
      MIRSAD_RUN_JOBS: '0',
      APP_URLS: addresses.join(','),
      // Staff may open any instance's own admin (e2e/cluster.spec.ts does): each address is one of the site's origins.
      ALLOWED_ORIGINS: [databaseEnv.ALLOWED_ORIGINS, ...addresses].filter(Boolean).join(','),
      CACHE_PURGE_URL: nginxURL,
      // nginx reaches the instances over loopback: its X-Forwarded-For names the reader for the per-address limits.
      TRUSTED_PROXIES: databaseEnv.TRUSTED_PROXIES || '127.0.0.1,::1',
      SITE_URL: databaseEnv.SITE_URL || nginxURL,
    }
    const started = await Promise.all(
      ports.map(async (each, index) => {
        const instance = await startInstance({ env, port: each, label: `${label} ${String.fromCharCode(65 + index)}`, seconds: 120 })
        stops.push(() => stopAndWait(instance.process))
        return instance
      }),
    )
    let worker: ChildProcess | undefined
    if (withWorker) {
      worker = startWorker(env, label)
      stops.push(() => stopAndWait(worker!))
    }
    const nginx = await startCache({ dir: path.join(dir, 'nginx'), upstream: started.map((instance) => `127.0.0.1:${instance.port}`), port: nginxPort, label })
    stops.push(nginx.stop)
    return { redis, instances: started, worker, nginx, env, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
