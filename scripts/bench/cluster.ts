// The cluster rows: Next's cached article from one instance, from two behind nginx as a plain load balancer
// (so Next answers every request), and through the nginx cache in front of both, each measured with wrk the same
// way. The instances run as in `npm run serve:cluster` (Redis for Next's cache), on the benchmark's database.
import path from 'node:path'

import { startCluster } from '../cluster'
import { freePort, startCache } from '../production-server'
import { type Measurement, warm } from './load'
import { measureWithWrk } from './wrk'

export const CLUSTER_TARGETS = {
  one: "Next's cached article, one instance",
  two: "Next's cached article, two instances behind nginx (no cache)",
  cached: 'the article through the nginx cache in front of both',
} as const

export type ClusterReport = { connections: number; duration: number; rows: Measurement[]; notes: string[] }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export async function measureCluster({ env, dir, page, connections, duration }: { env: NodeJS.ProcessEnv; dir: string; page: string; connections: number; duration: number }): Promise<ClusterReport> {
  const cluster = await startCluster({ env, dir, instances: 2, worker: false, label: 'bench cluster' })
  const notes: string[] = []
  try {
    const balancer = await startCache({ dir: path.join(dir, 'balancer'), upstream: cluster.instances.map((instance) => `127.0.0.1:${instance.port}`), port: await freePort(), cache: false, label: 'bench cluster' })
    try {
      for (const instance of cluster.instances) {
        if (!(await warm(`${instance.baseURL}${page}`, 'x-nextjs-cache'))) notes.push(`${instance.baseURL} never answered x-nextjs-cache: HIT`)
      }
      if (!(await warm(`${cluster.nginx.url}${page}`, 'x-cache'))) notes.push('the nginx cache never answered X-Cache: HIT')
      const plan: [string, string][] = [
        [CLUSTER_TARGETS.one, `${cluster.instances[0].baseURL}${page}`],
        [CLUSTER_TARGETS.two, `${balancer.url}${page}`],
        [CLUSTER_TARGETS.cached, `${cluster.nginx.url}${page}`],
      ]
      const rows: Measurement[] = []
      for (const [target, url] of plan) {
        await sleep(1000)
        console.log(`[bench] ${target}…`)
        rows.push(await measureWithWrk(target, { url, connections, duration }))
      }
      return { connections, duration, rows, notes }
    } finally {
      balancer.stop()
    }
  } finally {
    await cluster.stop()
  }
}
