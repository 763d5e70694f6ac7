import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { freePort } from './production-server'

// A throwaway redis-server (Debian's) for tests, the benchmark and serve:cluster: its own port, no persistence.

export type RedisServer = { url: string; port: number; dir: string; pid: number; stop: () => Promise<void> }

const REDIS_SERVER = '/usr/bin/redis-server'

/** Whether this machine has Debian's redis-server (apt-get install redis-server). */
export const hasRedis = () => fs.existsSync(REDIS_SERVER)

/** Sends one inline command and resolves with the first reply line, or null if nothing listens on `port`. */
function ask(port: number, command: string, timeoutMs = 1000): Promise<string | null> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port })
    let reply = ''
    const done = (value: string | null) => {
      socket.destroy()
      resolve(value)
    }
    socket.setTimeout(timeoutMs, () => done(null))
    socket.on('error', () => done(null))
    socket.on('connect', () => socket.write(`${command}\r\n`))
    socket.on('data', (chunk) => {
      reply += chunk.toString('utf8')
      if (reply.includes('\r\n')) done(reply.split('\r\n')[0])
    })
  })
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Starts redis-server on `port` (a free one by default) with its pid file and log in `dir`, once it answers PING. */
export async function startRedis({ dir, port }: { dir: string; port?: number }): Promise<RedisServer> {
  if (!hasRedis()) throw new Error('redis-server is missing: apt-get install -y redis-server (.ci/run does)')
  const folder = path.resolve(dir)
  fs.mkdirSync(folder, { recursive: true })
  const chosen = port ?? (await freePort())
  const pidFile = path.join(folder, `redis-${chosen}.pid`)
  fs.rmSync(pidFile, { force: true })
  // No snapshots, no append-only file: the cache and the counters are worth nothing after a test.
  execFileSync(REDIS_SERVER, [
    '--port', String(chosen),
    '--bind', '127.0.0.1',
    '--save', '',
    '--appendonly', 'no',
    '--daemonize', 'yes',
    '--dir', folder,
    '--pidfile', pidFile,
    '--logfile', path.join(folder, `redis-${chosen}.log`),
  ], { stdio: 'inherit' })
  const deadline = Date.now() + 10_000
  while ((await ask(chosen, 'PING')) !== '+PONG') {
    if (Date.now() > deadline) throw new Error(`redis-server on port ${chosen} did not answer within 10 s (log: ${folder}/redis-${chosen}.log)`)
    await sleep(50)
  }
  const pid = Number(fs.readFileSync(pidFile, 'utf8').trim())
  const server: RedisServer = { url: `redis://127.0.0.1:${chosen}`, port: chosen, dir: folder, pid, stop: () => stopRedis(server) }
  return server
}

/** Stops a server started by startRedis (by its own pid, never by name) and waits until its port is closed. */
export async function stopRedis(server: Pick<RedisServer, 'pid' | 'port'>): Promise<void> {
  try {
    process.kill(server.pid, 'SIGTERM')
  } catch {
    return
  }
  const deadline = Date.now() + 10_000
  while ((await ask(server.port, 'PING', 200)) !== null && Date.now() < deadline) await sleep(50)
}
