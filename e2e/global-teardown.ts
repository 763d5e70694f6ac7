import { stopCache, stopServer } from '../scripts/production-server'

export default async function globalTeardown() {
  const pid = Number(process.env.E2E_SERVER_PID)
  if (pid) stopServer(pid)
  stopCache('data/e2e-nginx')
}
