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
