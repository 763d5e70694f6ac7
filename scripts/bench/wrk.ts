// One load run with Debian's wrk, for rows that go past what one autocannon process can send (≈ 6,000 req/s
// here) or that must leave the machine's two cores to the servers: wrk is C and one thread is enough.
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import type { Measurement } from './load'

export const WRK = '/usr/bin/wrk'

export const hasWrk = () => fs.existsSync(WRK)

// wrk prints p50/p75/p90/p99 only: its Lua hook writes the percentiles (µs) and the failures as JSON instead.
const REPORT = `
done = function(summary, latency, requests)
  local e = summary.errors
  io.write("\\n@@" .. string.format('{"requests":%d,"seconds":%f,"p50":%f,"p95":%f,"p99":%f,"failed":%d}',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1e3, latency:percentile(95) / 1e3,
    latency:percentile(99) / 1e3, e.connect + e.read + e.write + e.status + e.timeout) .. "\\n")
end
`

export type WrkOptions = { url: string; connections: number; duration: number; threads?: number }

export async function measureWithWrk(target: string, { url, connections, duration, threads = 1 }: WrkOptions): Promise<Measurement> {
  const script = path.join(os.tmpdir(), `mirsad-wrk-${process.pid}.lua`)
  fs.writeFileSync(script, REPORT)
  const { stdout } = await promisify(execFile)(WRK, [`-t${threads}`, `-c${connections}`, `-d${duration}s`, '--timeout', '30s', '-s', script, url], { maxBuffer: 1 << 20 })
  const line = stdout.split('\n').find((each) => each.startsWith('@@'))
  if (!line) throw new Error(`wrk printed no report for ${url}:\n${stdout}`)
  const result = JSON.parse(line.slice(2)) as { requests: number; seconds: number; p50: number; p95: number; p99: number; failed: number }
  return { target, rps: result.requests / result.seconds, p50: result.p50, p95: result.p95, p99: result.p99, requests: result.requests, failed: result.failed }
}
