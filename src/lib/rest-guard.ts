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
