import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { assertChromiumInstalled } from './helpers/browser'

// Builds once, seeds a fresh database, starts `next start` on a free port; the tests get its URL.
const E2E_DIR = path.resolve('data/e2e')

export const e2eEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  DATABASE_URI: `file:${path.join(E2E_DIR, 'mirsad.db')}`,
  MEDIA_DIR: path.join(E2E_DIR, 'media'),
  PAYLOAD_SECRET: 'mirsad-e2e-secret',
  NEXT_TELEMETRY_DISABLED: '1',
})

function freePort(): Promise<number> {
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

async function waitFor(url: string, server: ChildProcess, seconds = 90) {
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

const npm = (script: string, env: NodeJS.ProcessEnv) => {
  const started = Date.now()
  execFileSync('npm', ['run', '--silent', script], { env, stdio: 'inherit' })
  console.log(`[e2e] npm run ${script}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

export default async function globalSetup() {
  assertChromiumInstalled()
  const env = e2eEnv()
  fs.rmSync(E2E_DIR, { recursive: true, force: true })
  fs.mkdirSync(E2E_DIR, { recursive: true })

  npm('migrate', env)
  npm('seed', env)
  if (process.env.E2E_SKIP_BUILD !== '1') npm('build', env)

  const port = await freePort()
  const server = spawn(path.resolve('node_modules/.bin/next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  })
  const baseURL = `http://127.0.0.1:${port}`
  await waitFor(`${baseURL}/api/articles?limit=1`, server)
  console.log(`[e2e] production server at ${baseURL}`)

  process.env.E2E_BASE_URL = baseURL
  process.env.E2E_SERVER_PID = String(server.pid)
}
