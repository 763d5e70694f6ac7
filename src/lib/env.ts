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
