const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

/** Text without the characters XML 1.0 forbids (one of them anywhere makes the whole document unreadable). */
export function xmlCharacters(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
}

/**
 * Text safe inside an XML element or attribute, and inside HTML: a field that a feed reader renders as HTML
 * (an RSS title or description) gets staff-entered plain text through this, so markup in it shows as typed.
 */
export function xmlEscape(text: string): string {
  return xmlCharacters(text).replace(/[&<>"']/g, (char) => ESCAPES[char])
}

/** Feeds and sitemaps are built per request; the reverse-proxy cache keeps them for a minute (s-maxage). */
export const xmlResponse = (body: string, maxAge = 60) =>
  new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': `public, max-age=0, s-maxage=${maxAge}, stale-while-revalidate=600` } })
