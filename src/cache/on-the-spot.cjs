// A command written to Redis on the spot, from inside the call that asks for it. node-redis writes on the next turn
// of the event loop (setImmediate), and Next asks for a save's revalidations just before it sends the response:
// on a busy instance that turn came ~100-170 ms after the response had left (measured with two `next start` under
// load), and another instance served the old page meanwhile. A socket written synchronously puts the command in
// Redis's hands before the response leaves. Replies are not read: the same write follows through node-redis.
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, outside the bundle. */
const net = require('node:net')
const tls = require('node:tls')
/* eslint-enable @typescript-eslint/no-require-imports */

/** Redis's wire format for one command. */
const encode = (args) => `*${args.length}\r\n${args.map((arg) => `$${Buffer.byteLength(String(arg))}\r\n${arg}\r\n`).join('')}`

/** A connection to `url` that writes commands synchronously, or says it cannot (not connected yet, or lost). */
function onTheSpot(url) {
  const target = new URL(url)
  let socket = null
  let ready = false
  const open = () => {
    const options = { host: target.hostname, port: Number(target.port) || 6379 }
    const opened = target.protocol === 'rediss:' ? tls.connect({ ...options, servername: target.hostname }) : net.connect(options)
    opened.setNoDelay(true)
    opened.unref()
    opened.on('error', () => {})
    opened.on('data', () => {})
    opened.on(target.protocol === 'rediss:' ? 'secureConnect' : 'connect', () => (ready = true))
    opened.on('close', () => {
      if (socket === opened) [socket, ready] = [null, false]
    })
    const [username, password] = [decodeURIComponent(target.username), decodeURIComponent(target.password)]
    if (password) opened.write(encode(username ? ['AUTH', username, password] : ['AUTH', password]))
    if (target.pathname.length > 1) opened.write(encode(['SELECT', target.pathname.slice(1)]))
    return opened
  }
  return {
    open: () => void (socket ??= open()),
    /** Whether the command was handed to the operating system now. */
    send(args) {
      socket ??= open()
      if (!ready || !socket.writable) return false
      socket.write(encode(args))
      return true
    },
    close: () => socket?.destroy(),
  }
}

module.exports = { onTheSpot }
