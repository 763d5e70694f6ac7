import ipaddr from 'ipaddr.js'

// Which address a request comes from, for per-address limits. Only the socket's peer is a fact; X-Forwarded-For
// and X-Real-IP are whatever the sender wrote, unless the peer is a proxy we run, listed in TRUSTED_PROXIES.

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number]

const parsedLists = new Map<string, Range[]>()

/** An address in its one canonical spelling (an IPv4 address mapped into IPv6 written as IPv4), or null. */
export function canonicalAddress(text: string | null | undefined): string | null {
  const trimmed = text?.trim().replace(/^\[(.*)\]$/, '$1')
  return trimmed && ipaddr.isValid(trimmed) ? ipaddr.process(trimmed).toString() : null
}

/**
 * TRUSTED_PROXIES: comma-separated addresses and CIDR ranges (`127.0.0.1,::1`, `10.0.0.0/8`). An entry that is
 * neither is reported once and ignored: it could never match a peer.
 */
export function trustedProxies(list: string | undefined = process.env.TRUSTED_PROXIES): Range[] {
  const key = list ?? ''
  const known = parsedLists.get(key)
  if (known) return known
  const ranges: Range[] = []
  for (const entry of key.split(',').map((part) => part.trim()).filter(Boolean)) {
    try {
      if (entry.includes('/')) {
        const [address, bits] = ipaddr.parseCIDR(entry)
        ranges.push(address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress() ? [(address as ipaddr.IPv6).toIPv4Address(), bits - 96] : [address, bits])
      } else {
        const address = ipaddr.process(entry)
        ranges.push([address, address.kind() === 'ipv4' ? 32 : 128])
      }
    } catch {
      console.error(`TRUSTED_PROXIES: «${entry}» ليس عنوانًا ولا نطاقًا، تم تجاهله / TRUSTED_PROXIES: "${entry}" is neither an address nor a CIDR range, ignored`)
    }
  }
  parsedLists.set(key, ranges)
  return ranges
}

function isTrusted(address: string, ranges: Range[]): boolean {
  const parsed = ipaddr.process(address)
  return ranges.some(([range, bits]) => range.kind() === parsed.kind() && parsed.match(range, bits))
}

type Seen = { socket: string | null; forwardedFor?: string | null; realIP?: string | null }

/**
 * The client's address, or null when the socket's peer is unknown. A peer that is not a trusted proxy is the
 * client, whatever it claims. Behind trusted proxies, the X-Forwarded-For chain is read from the right (each
 * proxy appends the peer it saw) and the first address not ours is the client: entries further left were written
 * by that client and prove nothing. X-Real-IP counts only from a trusted proxy that sent no chain.
 */
export function clientAddress({ socket, forwardedFor, realIP }: Seen, ranges: Range[] = trustedProxies()): string | null {
  const peer = canonicalAddress(socket)
  if (!peer || !isTrusted(peer, ranges)) return peer
  const chain = (forwardedFor ?? '').split(',').map((entry) => entry.trim()).filter(Boolean)
  if (!chain.length) return canonicalAddress(realIP) ?? peer
  let nearest = peer
  for (const entry of chain.reverse()) {
    const address = canonicalAddress(entry)
    // A trusted proxy never writes a malformed entry: the client did, and the hop before it is what we know.
    if (!address) return nearest
    if (!isTrusted(address, ranges)) return address
    nearest = address
  }
  // Every hop is ours (a request made inside our own network): the farthest one is where it began.
  return nearest
}
