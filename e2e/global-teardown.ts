export default async function globalTeardown() {
  const pid = Number(process.env.E2E_SERVER_PID)
  if (!pid) return
  try {
    // The server was started in its own process group: end it and anything it spawned.
    process.kill(-pid, 'SIGTERM')
  } catch {
    // already gone
  }
}
