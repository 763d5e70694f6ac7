// A fixed secret keeps a fresh clone working with no .env; production must set its own.
const LOCAL_ONLY_SECRET = 'mirsad-local-development-secret-change-me'

export function payloadSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.PAYLOAD_SECRET?.trim()
  if (secret) return secret
  if (env.DATABASE_URI?.startsWith('mongodb')) {
    throw new Error(
      'PAYLOAD_SECRET مطلوب مع MongoDB: ضع قيمة عشوائية طويلة في ملف .env. / PAYLOAD_SECRET is required with MongoDB: set a long random value in .env.',
    )
  }
  return LOCAL_ONLY_SECRET
}

/** The public address of the site, for absolute links in feeds, sitemaps, canonical URLs and JSON-LD. */
export function siteURL(env: NodeJS.ProcessEnv = process.env): string {
  // SITE_URL is read when the server runs; NEXT_PUBLIC_SERVER_URL is also Payload's serverURL.
  return (env.SITE_URL?.trim() || env.NEXT_PUBLIC_SERVER_URL?.trim() || 'http://localhost:3000').replace(/\/+$/, '')
}

const LOOPBACK = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/

/**
 * Origins allowed to call the API with a signed-in session (CSRF) and across origins (CORS): the site's own
 * address, ALLOWED_ORIGINS (comma-separated), and, for a site on a loopback address, its other loopback names.
 */
export function allowedOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  const site = siteURL(env)
  const extra = (env.ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim().replace(/\/+$/, '')).filter(Boolean)
  const origins = [site, env.NEXT_PUBLIC_SERVER_URL?.trim().replace(/\/+$/, ''), ...extra].filter((origin): origin is string => Boolean(origin))
  const loopback = origins.filter((origin) => LOOPBACK.test(origin)).flatMap((origin) => {
    const port = new URL(origin).port
    const suffix = port ? `:${port}` : ''
    return [`http://localhost${suffix}`, `http://127.0.0.1${suffix}`]
  })
  return [...new Set([...origins, ...loopback])]
}

/** Session cookies travel over HTTPS only once the site is served over HTTPS. */
export const secureCookies = (env: NodeJS.ProcessEnv = process.env) => siteURL(env).startsWith('https://')
