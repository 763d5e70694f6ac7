/**
 * The server's refusals carry both languages, Arabic first, as "ar / en" (src/collections/errors.ts); a person
 * reading the admin in one language gets that part only.
 */
export function inLanguage(message: string, language: string): string {
  const cut = message.indexOf(' / ')
  if (cut < 0) return message
  return language === 'en' ? message.slice(cut + 3).trim() : message.slice(0, cut).trim()
}
