// Requests Payload's REST handlers answer with a 500 instead of a 4xx (found by tests/int/fuzz.int.spec.ts):
// a JSON body that is not an object, and geometric or `all` operators on fields that have none. Refused
// here first, with a reason in Arabic and English.

const REFUSED_OPERATORS = /\[(near|within|intersects|all)\]/i
const MAX_NESTING = 64

function nesting(value: unknown, depth = 0): number {
  if (depth > MAX_NESTING || value === null || typeof value !== 'object') return depth
  let deepest = depth
  for (const inner of Object.values(value)) deepest = Math.max(deepest, nesting(inner, depth + 1))
  return deepest
}

export type RestRequestShape = { method: string; pathname?: string; search: string; contentType: string | null; body: string | null }

// `/api/articles/1'--` reached document 1: Payload reads the id as a number and drops the rest.
const LOOSE_NUMERIC_ID = /^\/api\/[^/]+\/\d[^/]*?[^\d/][^/]*$/

export function refuseRestRequest({ method, pathname = '', search, contentType, body }: RestRequestShape): string | null {
  if (LOOSE_NUMERIC_ID.test(decodeURIComponentSafe(pathname))) return 'معرّف مستند غير صالح / Not a valid document id'
  if (REFUSED_OPERATORS.test(decodeURIComponentSafe(search))) {
    return 'عامل بحث غير مدعوم في where (near، within، intersects، all) / Unsupported where operator (near, within, intersects, all)'
  }
  if (!['POST', 'PATCH', 'PUT'].includes(method) || !contentType?.includes('application/json') || !body?.trim()) return null
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    return 'المتن ليس JSON صالحًا / The body is not valid JSON'
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return 'المتن يجب أن يكون كائن JSON / The body must be a JSON object'
  if (nesting(parsed) > MAX_NESTING) return 'المتن متداخل أكثر من اللازم / The body is nested too deeply'
  return null
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

// Lists have a ceiling. A reader who asks for 100,000 documents, no paging, or relationships ten levels deep
// makes the server do unbounded work for one request. Admins are trusted with exports; everyone else pages.
export const MAX_PAGE_SIZE = 100
// The admin itself reads up to 250 at once for staff (the list view's relationship columns ask for every
// related document of a page in one request): staff pages may hold 500.
export const STAFF_MAX_PAGE_SIZE = 500
export const ANONYMOUS_MAX_DEPTH = 2

export type Reader = 'anonymous' | 'staff' | 'admin'

/** The largest page `reader` may ask for (admins: no limit). */
export const maxPageSize = (reader: Reader) => (reader === 'admin' ? Infinity : reader === 'staff' ? STAFF_MAX_PAGE_SIZE : MAX_PAGE_SIZE)

/** The reasons, shared with the GraphQL guard. */
export const SIZE_REFUSALS = {
  unpaged: (max: number) => `لا قوائم بلا ترقيم صفحات: اطلب صفحات من ${max} على الأكثر / Lists come in pages: ask for pages of at most ${max}`,
  pageSize: (max: number) =>
    `حجم الصفحة بين 1 و${max}: اطلب limit أصغر وتنقّل بين الصفحات بـ page / A page holds 1 to ${max} documents: ask for a smaller limit and move through pages with page`,
}

/** The parts of a REST query (parsed as Payload parses it, qs) that size what comes back. */
export type SizeQuery = { limit?: unknown; pagination?: unknown; depth?: unknown; joins?: unknown }

// Payload's own reading of a number parameter: `limit[]=100000` is a number to it too.
const asNumber = (value: unknown): number | undefined =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '') || Number.isNaN(Number(value)) ? undefined : Number(value)

const joinLimits = (joins: unknown): unknown[] =>
  joins && typeof joins === 'object' ? Object.values(joins).map((join) => (join && typeof join === 'object' ? (join as { limit?: unknown }).limit : undefined)) : []

/** Whether a REST query asks for more than `reader` may have in one answer, and why, or null. */
export function refuseOversizedRead(query: SizeQuery, reader: Reader, { read }: { read: boolean }): string | null {
  if (reader === 'admin') return null
  const depth = asNumber(query.depth)
  if (reader === 'anonymous' && depth !== undefined && depth > ANONYMOUS_MAX_DEPTH) {
    return `العمق الأقصى للقارئ ${ANONYMOUS_MAX_DEPTH}: اطلب depth أصغر / Readers may ask for depth ${ANONYMOUS_MAX_DEPTH} at most: ask for a smaller depth`
  }
  // Bulk changes (PATCH, DELETE by where) pass limit=0 from the admin's own list view; their size is their selection.
  if (!read) return null
  const max = maxPageSize(reader)
  if (query.pagination === 'false' || query.pagination === false) {
    return SIZE_REFUSALS.unpaged(max)
  }
  const limits = [query.limit, ...joinLimits(query.joins)].map(asNumber).filter((limit) => limit !== undefined)
  if (limits.some((limit) => !(limit >= 1 && limit <= max))) {
    return SIZE_REFUSALS.pageSize(max)
  }
  return null
}
