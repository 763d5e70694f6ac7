// Links a newsroom records (evidence, a source's pages) must be web addresses readers can open safely.

export function isWebURL(value: unknown): boolean {
  if (typeof value !== 'string' || !value.trim()) return false
  try {
    const url = new URL(value.trim())
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}

export const WEB_URL_MESSAGE =
  'أدخل رابطًا يبدأ بـ http:// أو https://. / Enter an address starting with http:// or https://.'
