// Runs once when the server starts, before it answers its first request (Next awaits it while preparing).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ installSocketAddressStamp }, { installSingleLocation }, { installMissingUncached }] = await Promise.all([
    import('@/lib/socket-address'),
    import('@/lib/single-location'),
    import('@/lib/missing-uncached'),
  ])
  installSocketAddressStamp()
  installSingleLocation()
  installMissingUncached()
}
