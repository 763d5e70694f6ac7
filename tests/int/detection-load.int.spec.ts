import config from '@payload-config'
import { REST_GET, REST_POST } from '@payloadcms/next/routes'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MAX_DETECTED_CHARACTERS } from '@/collections/Articles/endpoints/detectClaims'
import { settleAfterCommitWork } from '@/db/afterCommit'
import { lexicalFromText } from '@/lib/lexical'

import { addUser, initTestPayload, type TestPayload, tokenFor } from './helpers/payload'

// Claim detection on a hostile body, through the real endpoint: the rest of the newsroom is still answered
// while it runs, and a body beyond the detector's limit is refused before any work is done.

/** The input that took seconds when detection was quadratic: one short attribution phrase, 150,000 characters of it. */
const SLOW_BODY = 'وصف «'.repeat(30_000)

let t: TestPayload
let token: string
let slowId: number
let hugeId: number

beforeAll(async () => {
  t = await initTestPayload()
  await addUser(t.payload, 'admin@mirsad.test', 'admin')
  await addUser(t.payload, 'checker@mirsad.test', 'factChecker')
  token = await tokenFor(t.payload, 'checker@mirsad.test')
  const draft = async (title: string, text: string) =>
    (await t.payload.create({ collection: 'articles', data: { title, body: lexicalFromText(text) as never, stage: 'factCheck' } as never, draft: true })).id
  slowId = await draft('نص طويل بلا علامات', SLOW_BODY)
  hugeId = await draft('نص أطول من الحد', 'قال مصدر إن القصف مستمر. '.repeat(Math.ceil(MAX_DETECTED_CHARACTERS / 20)))
  // The saves' own follow-up work (search indexing of the long bodies) is done before anything is measured.
  await settleAfterCommitWork()
})

afterAll(async () => {
  await t?.cleanup()
})

const authorization = () => ({ authorization: `JWT ${token}` })

const detect = (id: number) =>
  REST_POST(config)(new Request(`http://localhost/api/articles/${id}/detect-claims`, { method: 'POST', headers: authorization() }), {
    params: Promise.resolve({ slug: ['articles', String(id), 'detect-claims'] }),
  })

/** A plain REST read another member of the desk might make meanwhile. */
const readSources = async () => {
  const response = await REST_GET(config)(new Request('http://localhost/api/sources?limit=1&depth=0', { headers: authorization() }), {
    params: Promise.resolve({ slug: ['sources'] }),
  })
  await response.json()
  return response.status
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('claim detection under load', () => {
  it('should answer a concurrent request within 200 ms while detecting the slow input', async () => {
    expect(SLOW_BODY.length).toBe(150_000)
    // The first reads compile Payload's REST path and warm its caches: not a measure of waiting.
    for (let read = 0; read < 3; read++) await readSources()
    let answered = false
    const detection = detect(slowId).then(async (response) => {
      answered = true
      return { status: response.status, body: (await response.json()) as { proposals: unknown[] } }
    })
    // Each read is due a few ms after the last answer and its wait counts from then: a loop held by detection
    // shows as a late timer as well as a slow answer. Every read due before detection answered counts.
    const waits: number[] = []
    while (!answered) {
      const due = performance.now() + 5
      await sleep(5)
      expect(await readSources()).toBe(200)
      waits.push(performance.now() - due)
    }
    console.log(`[detection] ${waits.length} reads while detecting 150,000 characters; waits (ms): ${waits.map((wait) => wait.toFixed(0)).join(' ')}`)
    // Enough reads fell inside the detection for the measure to mean something.
    expect(waits.length).toBeGreaterThanOrEqual(3)
    // Reads during detection wait a turn (5 ms) at most: each is answered within 200 ms. The first and last
    // overlap SQLite's synchronous work around detection (reading the article, writing the run's ~150
    // proposals): 40–70 ms on an idle machine, more on a loaded one, so they are held to a second only (the
    // quadratic detector held every read for 7 s).
    expect(Math.max(...waits.slice(1, -1))).toBeLessThan(200)
    expect(Math.max(...waits)).toBeLessThan(1000)
    const { status, body } = await detection
    expect(status).toBe(200)
    expect(body.proposals.length).toBeGreaterThan(0)
  })

  it('should refuse a body beyond the detector’s limit with a bilingual 413', async () => {
    const response = await detect(hugeId)
    expect(response.status).toBe(413)
    const { errors } = (await response.json()) as { errors: { message: string }[] }
    expect(errors[0].message).toMatch(/أطول من أن تُكتشف ادعاءاته.* \/ The article is too long to detect its claims at once/)
    expect(errors[0].message).toContain(MAX_DETECTED_CHARACTERS.toLocaleString('en-US'))
  })
})
