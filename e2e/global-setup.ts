import { startProductionServer } from '../scripts/production-server'
import { assertChromiumInstalled } from './helpers/browser'

// Builds once, seeds a fresh database, starts `next start` on a free port; the tests get its URL.
export default async function globalSetup() {
  assertChromiumInstalled()
  const { baseURL, pid } = await startProductionServer({ dir: 'data/e2e', build: process.env.E2E_SKIP_BUILD !== '1', label: 'e2e' })
  process.env.E2E_BASE_URL = baseURL
  process.env.E2E_SERVER_PID = String(pid)
}
