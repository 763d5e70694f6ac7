import { XMLParser, XMLValidator } from 'fast-xml-parser'

// The sitemap protocol (sitemaps.org/protocol.html), Google's hreflang and News extensions, checked rule by rule.

export const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9'
export const XHTML_NS = 'http://www.w3.org/1999/xhtml'
export const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9'

// W3C Datetime (w3.org/TR/NOTE-datetime), the only form `lastmod` and `news:publication_date` accept.
const W3C_DATETIME = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$/
const HREFLANG = /^([a-z]{2,3}(-[A-Za-z]{4})?(-([A-Z]{2}|\d{3}))?|x-default)$/

export type Alternate = { hreflang: string; href: string }
export type SitemapEntry = { loc: string; lastmod?: string; alternates: Alternate[]; news?: Record<string, unknown> }
export type Sitemap = { root: string; namespaces: Record<string, string>; entries: SitemapEntry[] }

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, trimValues: true, isArray: (name) => ['url', 'xhtml:link'].includes(name) })

const text = (value: unknown): string | undefined => (value === undefined || value === null ? undefined : typeof value === 'object' ? String((value as Record<string, unknown>)['#text'] ?? '') : String(value))

export function parseSitemap(xml: string): Sitemap {
  const valid = XMLValidator.validate(xml)
  if (valid !== true) throw new Error(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`)
  const document = parser.parse(xml) as Record<string, Record<string, unknown>>
  const root = Object.keys(document).find((key) => !key.startsWith('?')) ?? ''
  const element = (document[root] ?? {}) as Record<string, unknown>
  const namespaces = Object.fromEntries(Object.entries(element).filter(([key]) => key.startsWith('@xmlns')).map(([key, value]) => [key.replace(/^@xmlns:?/, ''), String(value)]))
  const urls = (Array.isArray(element.url) ? element.url : []) as Record<string, unknown>[]
  const entries = urls.map((url) => ({
    loc: text(url.loc) ?? '',
    lastmod: text(url.lastmod),
    alternates: ((url['xhtml:link'] ?? []) as Record<string, string>[])
      .filter((link) => link['@rel'] === 'alternate')
      .map((link) => ({ hreflang: link['@hreflang'], href: link['@href'] })),
    news: url['news:news'] as Record<string, unknown> | undefined,
  }))
  return { root, namespaces, entries }
}

/** Rules every sitemap of ours must keep: the protocol's, and Google's for alternates. `origin` is the sitemap's host. */
export function sitemapProblems(xml: string, origin: string, { now = Date.now() } = {}): string[] {
  const problems: string[] = []
  let sitemap: Sitemap
  try {
    sitemap = parseSitemap(xml)
  } catch (error) {
    return [(error as Error).message]
  }
  if (!xml.startsWith('<?xml')) problems.push('no XML declaration at the very start')
  if (Buffer.byteLength(xml) > 50 * 1024 * 1024) problems.push('over 50 MB')
  if (sitemap.root !== 'urlset') problems.push(`root element is <${sitemap.root}>, not <urlset>`)
  if (sitemap.namespaces[''] !== SITEMAP_NS) problems.push(`urlset's namespace is ${sitemap.namespaces['']}, not ${SITEMAP_NS}`)
  // sitemap.xsd: <url minOccurs="1" maxOccurs="unbounded"/> — an empty urlset fails the schema.
  if (sitemap.entries.length === 0) problems.push('urlset has no <url>: the sitemap schema needs at least one')
  if (sitemap.entries.length > 50_000) problems.push(`${sitemap.entries.length} URLs, over the 50,000 a sitemap may hold`)
  // Entity escaping: an & that starts no entity, or a raw < > " ' inside loc text, makes the document invalid or ambiguous.
  for (const [, raw] of xml.matchAll(/<loc>([^<]*)<\/loc>/g)) {
    if (/&(?!(amp|lt|gt|quot|apos);)/.test(raw) || /["'>]/.test(raw)) problems.push(`loc is not entity-escaped: ${raw}`)
  }
  const locs = new Map(sitemap.entries.map((entry) => [entry.loc, entry]))
  if (locs.size !== sitemap.entries.length) problems.push(`${sitemap.entries.length - locs.size} loc listed twice`)
  if (sitemap.entries.some((entry) => entry.alternates.length) && sitemap.namespaces.xhtml !== XHTML_NS) problems.push(`xhtml:link used without xmlns:xhtml="${XHTML_NS}"`)

  for (const entry of sitemap.entries) {
    problems.push(...addressProblems(entry.loc, origin, 'loc'))
    if (entry.lastmod !== undefined) {
      if (!W3C_DATETIME.test(entry.lastmod)) problems.push(`${entry.loc}: lastmod ${entry.lastmod} is not a W3C datetime`)
      else if (Date.parse(entry.lastmod) > now + 60_000) problems.push(`${entry.loc}: lastmod ${entry.lastmod} is in the future`)
    }
    if (entry.alternates.length === 0) continue
    const hreflangs = entry.alternates.map((alternate) => alternate.hreflang)
    if (new Set(hreflangs).size !== hreflangs.length) problems.push(`${entry.loc}: an hreflang listed twice (${hreflangs.join(', ')})`)
    if (!entry.alternates.some((alternate) => alternate.href === entry.loc && alternate.hreflang !== 'x-default')) {
      problems.push(`${entry.loc}: its alternates do not name the page itself`)
    }
    for (const alternate of entry.alternates) {
      if (!HREFLANG.test(alternate.hreflang ?? '')) problems.push(`${entry.loc}: hreflang ${alternate.hreflang} is no language code`)
      problems.push(...addressProblems(alternate.href, origin, `${entry.loc}: alternate ${alternate.hreflang}`))
      if (alternate.hreflang === 'x-default' || alternate.href === entry.loc) continue
      // Reciprocal: the other version is in the sitemap too, and names this one back under this one's language.
      const other = locs.get(alternate.href)
      const own = entry.alternates.find((candidate) => candidate.href === entry.loc && candidate.hreflang !== 'x-default')?.hreflang
      if (!other) problems.push(`${entry.loc}: alternate ${alternate.hreflang} ${alternate.href} is not in the sitemap`)
      else if (!other.alternates.some((back) => back.href === entry.loc && back.hreflang === own)) {
        problems.push(`${entry.loc}: ${alternate.href} does not name it back as its ${own} alternate`)
      }
    }
  }
  return problems
}

/** The News extension: each entry a report from the last 48 hours, with its publication, language and title. */
export function newsSitemapProblems(xml: string, origin: string, { now = Date.now() } = {}): string[] {
  const problems = sitemapProblems(xml, origin, { now })
  let sitemap: Sitemap
  try {
    sitemap = parseSitemap(xml)
  } catch {
    return problems
  }
  if (sitemap.namespaces.news !== NEWS_NS) problems.push(`xmlns:news is ${sitemap.namespaces.news}, not ${NEWS_NS}`)
  if (sitemap.entries.length > 1000) problems.push(`${sitemap.entries.length} news entries, over the 1,000 allowed`)
  // With nothing from the last 48 hours, one plain <url> keeps the document valid (a <urlset> needs one, and
  // Google's News rules say to drop <news:news> from older URLs); otherwise every entry is a news entry.
  const fallback = sitemap.entries.length === 1 && !sitemap.entries[0].news
  for (const entry of sitemap.entries) {
    const news = entry.news
    if (!news) {
      if (!fallback) problems.push(`${entry.loc}: no <news:news>`)
      continue
    }
    const publication = (news['news:publication'] ?? {}) as Record<string, unknown>
    if (!text(publication['news:name'])?.trim()) problems.push(`${entry.loc}: no news:publication/news:name`)
    const language = text(publication['news:language']) ?? ''
    if (!/^([a-z]{2,3}|zh-cn|zh-tw)$/.test(language)) problems.push(`${entry.loc}: news:language ${language} is no ISO 639 code`)
    if (!text(news['news:title'])?.trim()) problems.push(`${entry.loc}: no news:title`)
    const date = text(news['news:publication_date']) ?? ''
    if (!W3C_DATETIME.test(date)) problems.push(`${entry.loc}: news:publication_date ${date} is not a W3C datetime`)
    else if (now - Date.parse(date) > 48 * 3600_000) problems.push(`${entry.loc}: published ${date}, more than 48 hours ago`)
    else if (Date.parse(date) > now + 60_000) problems.push(`${entry.loc}: published ${date}, in the future`)
  }
  return problems
}

/** Absolute, on the sitemap's host, URL-escaped (ASCII only, in the form a parser writes it back), under 2,048 characters. */
export function addressProblems(address: string | undefined, origin: string, label: string): string[] {
  if (!address) return [`${label}: empty address`]
  let url: URL
  try {
    url = new URL(address)
  } catch {
    return [`${label}: ${address} is not an absolute URL`]
  }
  const problems: string[] = []
  if (url.origin !== origin) problems.push(`${label}: ${address} is not on ${origin}`)
  if (!/^[\x21-\x7e]+$/.test(address)) problems.push(`${label}: ${address} is not URL-escaped`)
  else if (url.href !== address) problems.push(`${label}: ${address} is not in canonical escaped form (${url.href})`)
  if (address.length > 2048) problems.push(`${label}: longer than 2,048 characters`)
  return problems
}
