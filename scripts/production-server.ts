import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

// A seeded production server on its own database, for the e2e run, Lighthouse and the benchmark.

export const serverEnv = (dir: string): NodeJS.ProcessEnv => ({
  ...process.env,
  DATABASE_URI: `file:${path.join(dir, 'mirsad.db')}`,
  MEDIA_DIR: path.join(dir, 'media'),
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'mirsad-test-secret',
  // The e2e run, Lighthouse and the benchmark sign in many times from one address.
  LOGIN_RATE_LIMIT: process.env.LOGIN_RATE_LIMIT || '10000',
  FORGOT_PASSWORD_RATE_LIMIT: process.env.FORGOT_PASSWORD_RATE_LIMIT || '10000',
  NEXT_TELEMETRY_DISABLED: '1',
})

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

export async function waitFor(url: string, server: ChildProcess, seconds = 90) {
  const deadline = Date.now() + seconds * 1000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with code ${server.exitCode}`)
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within ${seconds}s`)
}

export const npmRun = (script: string, env: NodeJS.ProcessEnv, label = 'server') => {
  const started = Date.now()
  execFileSync('npm', ['run', '--silent', script], { env, stdio: 'inherit' })
  console.log(`[${label}] npm run ${script}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

type Options = { dir: string; build: boolean; seed?: boolean; label?: string; env?: Record<string, string> }

/** A fresh database in `dir`: migrated, and seeded unless told not to. Returns the environment that reaches it. */
export function prepareDatabase({ dir, seed = true, label = 'server', env: extra = {} }: Omit<Options, 'build'>) {
  const env = { ...serverEnv(path.resolve(dir)), ...extra }
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  npmRun('migrate', env, label)
  if (seed) npmRun('seed', env, label)
  return env
}

type Instance = { baseURL: string; port: number; pid: number; process: ChildProcess; stop: () => void }

/**
 * One `next start` of the current build on a database already prepared (`env` from serverEnv/prepareDatabase):
 * nothing migrated, seeded or built, so several can run side by side. `port` is chosen when the caller needs
 * the address before the instance starts (APP_URLS naming every instance).
 */
export async function startInstance({ env, port: chosen, label = 'server', seconds = 90 }: { env: NodeJS.ProcessEnv; port?: number; label?: string; seconds?: number }): Promise<Instance> {
  const port = chosen ?? (await freePort())
  const baseURL = `http://127.0.0.1:${port}`
  const server = spawn(path.resolve('node_modules/.bin/next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    // PORT tells the app where to reach itself for revalidation asked from outside a request (src/data/revalidate.ts).
    env: { SITE_URL: baseURL, ...env, NODE_ENV: 'production', PORT: String(port) },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  })
  await waitFor(`${baseURL}/api/articles?limit=1`, server, seconds)
  console.log(`[${label}] production server at ${baseURL}`)
  return { baseURL, port, pid: server.pid!, process: server, stop: () => stopServer(server.pid!) }
}

/** A fresh database in `dir` (migrated and seeded), a production build if asked, and `next start` on a free port. */
export async function startProductionServer({ dir, build, seed = true, label = 'server', env: extra = {} }: Options) {
  const env = prepareDatabase({ dir, seed, label, env: extra })
  if (build) npmRun('build', env, label)
  else forgetRenderedPages()
  const port = await freePort()
  const { baseURL, pid, stop } = await startInstance({ env: { ...env, SITE_URL: `http://127.0.0.1:${port}` }, port, label })
  return { baseURL, env, pid, stop }
}

/**
 * Pages Next rendered while serving an earlier run of this build (`<distDir>/server/route-cache`, and its data
 * cache): another database's content, another port in every absolute address. A reused build starts without them.
 */
export function forgetRenderedPages(distDir = process.env.NEXT_DIST_DIR || '.next') {
  for (const folder of [path.join(distDir, 'server', 'route-cache'), path.join(distDir, 'cache', 'fetch-cache')]) fs.rmSync(folder, { recursive: true, force: true })
}

/** Ends a server started above, with anything it spawned (it runs in its own process group). */
export function stopServer(pid: number) {
  try {
    process.kill(-pid, 'SIGTERM')
  } catch {
    // already gone
  }
}

const PURGE_MODULE = '/usr/lib/nginx/modules/ngx_http_cache_purge_module.so'

/** Whether this machine has nginx with the cache-purge module (Debian: nginx-light, libnginx-mod-http-cache-purge). */
export const hasNginx = () => fs.existsSync('/usr/sbin/nginx') && fs.existsSync(PURGE_MODULE)

type NginxOptions = {
  dir: string
  listen: string
  /** The app instances, `host:port` each: nginx balances readers over them. */
  upstream: string | string[]
  /** false: a plain load balancer that caches no page (the benchmark's cluster row). */
  cache?: boolean
}

/** The nginx configuration of deploy/nginx for a cache in `dir`, listening on `listen`, in front of `upstream`. */
export function renderNginxConfig({ dir, listen, upstream, cache = true }: NginxOptions): string {
  const template = fs.readFileSync(path.resolve('deploy/nginx/mirsad.conf.template'), 'utf8')
  const servers = [upstream].flat().map((address) => `    server ${address} max_fails=1 fail_timeout=5s;`)
  // Debian's modules-enabled already loads the module when nginx runs from /etc/nginx; here it runs on its own.
  const values: Record<string, string> = {
    LOAD_MODULE: `load_module ${PURGE_MODULE};`,
    USER: process.getuid?.() === 0 ? 'user root root;' : '',
    PREFIX: path.resolve(dir),
    LISTEN: listen,
    UPSTREAM: servers.join('\n'),
    CACHE: cache ? 'mirsad' : 'off',
  }
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '')
}

/** nginx from deploy/nginx in front of running app instances; `stop` ends it. */
export async function startCache({ dir, upstream, port, cache = true, label = 'cache' }: Omit<NginxOptions, 'listen'> & { port: number; label?: string }) {
  const prefix = path.resolve(dir)
  fs.rmSync(prefix, { recursive: true, force: true })
  fs.mkdirSync(prefix, { recursive: true })
  const config = path.join(prefix, 'nginx.conf')
  fs.writeFileSync(config, renderNginxConfig({ dir: prefix, listen: `127.0.0.1:${port}`, upstream, cache }))
  execFileSync('/usr/sbin/nginx', ['-p', prefix, '-c', config, '-e', path.join(prefix, 'error.log')], { stdio: 'inherit' })
  const url = `http://127.0.0.1:${port}`
  console.log(`[${label}] nginx ${cache ? 'cache' : 'load balancer'} at ${url}`)
  return { url, stop: () => stopCache(dir) }
}

/** Stops the nginx started by startCache in `dir`. */
export function stopCache(dir: string) {
  const prefix = path.resolve(dir)
  const config = path.join(prefix, 'nginx.conf')
  if (!fs.existsSync(config)) return
  try {
    execFileSync('/usr/sbin/nginx', ['-p', prefix, '-c', config, '-e', path.join(prefix, 'error.log'), '-s', 'quit'], { stdio: 'ignore' })
  } catch {
    // already stopped
  }
}
