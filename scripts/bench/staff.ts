// The newsroom's own writes under load: eight people autosaving their drafts at once while others sign in, ask
// for a password reset and the admin saves their preferences. Each kind's latencies and server errors: the
// target is p99 < 1 s and no 5xx for every kind (a write that waits on its own transaction shows up here as 30 s).
import { lexicalFromText } from '@/lib/lexical'

import { percentile } from './load'

export const STAFF_KINDS = ['autosave', 'sign-in', 'forgot-password', 'preference save'] as const
type Kind = (typeof STAFF_KINDS)[number]

export type StaffRow = { kind: Kind; requests: number; p50: number; p95: number; p99: number; max: number; serverErrors: number; otherErrors: number }
export type StaffReport = { staff: number; seconds: number; rows: StaffRow[] }

const PASSWORD = 'bench-staff-password-1'

async function call(url: string, init: RequestInit): Promise<{ status: number; ms: number; body: string }> {
  const started = performance.now()
  try {
    const response = await fetch(url, init)
    const body = await response.text()
    return { status: response.status, ms: performance.now() - started, body }
  } catch {
    return { status: 0, ms: performance.now() - started, body: '' }
  }
}

const json = (token?: string): Record<string, string> => ({ 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) })

/** Signs in, throwing with the answer when it fails. */
async function signIn(app: string, email: string, password: string): Promise<string> {
  const answer = await call(`${app}/api/users/login`, { method: 'POST', headers: json(), body: JSON.stringify({ email, password }) })
  if (answer.status !== 200) throw new Error(`sign-in of ${email} answered ${answer.status}: ${answer.body.slice(0, 200)}`)
  return (JSON.parse(answer.body) as { token: string }).token
}

/**
 * `staff` editors (created through the API by the admin), each with a draft of their own, autosave it back to
 * back for `seconds` while one loop per other kind runs beside them.
 */
export async function measureStaffWrites(app: string, admin: { email: string; password: string }, { staff = 8, seconds = 10 } = {}): Promise<StaffReport> {
  const adminToken = await signIn(app, admin.email, admin.password)
  const run = Date.now().toString(36)
  const people: { email: string; token: string; article: number }[] = []
  for (let n = 0; n < staff; n++) {
    const email = `bench-staff-${run}-${n}@mirsad.local`
    const created = await call(`${app}/api/users`, { method: 'POST', headers: json(adminToken), body: JSON.stringify({ email, password: PASSWORD, name: `محرر القياس ${n + 1}`, role: 'editor' }) })
    if (created.status !== 201) throw new Error(`creating ${email} answered ${created.status}: ${created.body.slice(0, 200)}`)
    const token = await signIn(app, email, PASSWORD)
    const draft = await call(`${app}/api/articles?draft=true&depth=0`, { method: 'POST', headers: json(token), body: JSON.stringify({ title: `مسودة القياس ${n + 1}` }) })
    if (draft.status !== 201) throw new Error(`draft of ${email} answered ${draft.status}: ${draft.body.slice(0, 200)}`)
    people.push({ email, token, article: (JSON.parse(draft.body) as { doc: { id: number } }).doc.id })
  }

  const times: Record<Kind, number[]> = { autosave: [], 'sign-in': [], 'forgot-password': [], 'preference save': [] }
  const errors: Record<Kind, { server: number; other: number }> = Object.fromEntries(STAFF_KINDS.map((kind) => [kind, { server: 0, other: 0 }])) as never
  // The first round (each draft's first autosave, the routes' first calls) is a warm-up, as in the save bench:
  // it starts in lockstep, which people never do, and is not counted.
  let counting = false
  const record = (kind: Kind, answer: { status: number; ms: number }, expected: number[]) => {
    if (!counting) return
    times[kind].push(answer.ms)
    if (answer.status >= 500 || answer.status === 0) errors[kind].server++
    else if (!expected.includes(answer.status)) errors[kind].other++
  }

  const typists = people.map((person) => {
    let text = 'يكتب المحرر تقريره جملة بعد جملة.'
    // As the admin's form does: the whole draft, with the `updatedAt` of the version it last saved.
    let updatedAt: string | undefined
    return async (round: number) => {
      text += ` وأضاف في الحفظ ${round + 1} جملة أخرى عن السوق.`
      const body = JSON.stringify({ title: `مسودة ${person.email.slice(-12)} ${round}`, body: lexicalFromText(text), updatedAt })
      const answer = await call(`${app}/api/articles/${person.article}?autosave=true&draft=true&depth=0&locale=ar`, { method: 'PATCH', headers: json(person.token), body })
      record('autosave', answer, [200])
      if (answer.status === 200) updatedAt = (JSON.parse(answer.body) as { doc?: { updatedAt?: string } }).doc?.updatedAt ?? updatedAt
    }
  })
  const signInAgain = async (round: number) => {
    const person = people[round % people.length]
    record('sign-in', await call(`${app}/api/users/login`, { method: 'POST', headers: json(), body: JSON.stringify({ email: person.email, password: PASSWORD }) }), [200])
  }
  const reset = async (round: number) => {
    const person = people[round % people.length]
    record('forgot-password', await call(`${app}/api/users/forgot-password`, { method: 'POST', headers: json(), body: JSON.stringify({ email: person.email }) }), [200])
  }
  const preference = async (round: number) => {
    const person = people[round % people.length]
    const body = JSON.stringify({ value: { columns: ['title', 'stage', round % 2 ? 'updatedAt' : 'section'] } })
    record('preference save', await call(`${app}/api/payload-preferences/collection-articles`, { method: 'POST', headers: json(person.token), body }), [200])
  }
  const loops = [...typists, signInAgain, reset, preference]
  await Promise.all(loops.map((step) => step(0)))

  counting = true
  const deadline = Date.now() + seconds * 1000
  await Promise.all(
    loops.map(async (step) => {
      for (let round = 1; Date.now() < deadline; round++) await step(round)
    }),
  )

  const rows = STAFF_KINDS.map((kind): StaffRow => {
    const sorted = [...times[kind]].sort((a, b) => a - b)
    return {
      kind,
      requests: sorted.length,
      p50: percentile(sorted, 0.5),
      p95: percentile(sorted, 0.95),
      p99: percentile(sorted, 0.99),
      max: sorted.at(-1) ?? Number.NaN,
      serverErrors: errors[kind].server,
      otherErrors: errors[kind].other,
    }
  })
  return { staff, seconds, rows }
}
