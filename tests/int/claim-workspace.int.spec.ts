import config from '@payload-config'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { assertClaimsDealtWith } from '@/collections/Articles/hooks/publishGate'
import { listPublicClaims } from '@/data/claims'
import { lexicalFromText, markQuote } from '@/lib/lexical'
import type { User } from '@/payload-types'

import { restRequest } from './helpers/clients'
import { addUser, initTestPayload, type TestPayload, tokenFor } from './helpers/payload'

// The claim as the fact-checker works on it: a verdict that does not hold up is refused on the claim itself, and
// a claim whose marked words change is flagged for a new check, which holds the gate until the desk clears it.

let t: TestPayload
let checker: User
let editor: User
const tokens: Record<string, string> = {}
const sources: Record<'army' | 'un' | 'ngo', number> = { army: 0, un: 0, ngo: 0 }

beforeAll(async () => {
  t = await initTestPayload()
  await addUser(t.payload, 'admin@mirsad.test', 'admin')
  checker = await addUser(t.payload, 'checker@mirsad.test', 'factChecker')
  editor = await addUser(t.payload, 'editor@mirsad.test', 'editor')
  for (const user of [checker, editor]) tokens[user.email] = await tokenFor(t.payload, user.email)
  sources.army = (await t.payload.create({ collection: 'sources', data: { name: 'الجيش', kind: 'military', partyToConflict: true } })).id
  sources.un = (await t.payload.create({ collection: 'sources', data: { name: 'بعثة أممية', kind: 'unNgo' } })).id
  sources.ngo = (await t.payload.create({ collection: 'sources', data: { name: 'منظمة حقوقية', kind: 'unNgo' } })).id
})

afterAll(async () => {
  await t?.cleanup()
})

const as = (user: User, method: 'POST' | 'PATCH', path: string, body: unknown) =>
  restRequest(config, method, path, { headers: { authorization: `JWT ${tokens[user.email]}` }, body }).then(async (response) => ({ status: response.status, json: (await response.json()) as { doc?: { id: number }; errors?: { message: string }[] } }))

const message = (answer: { json: { errors?: { message: string }[] } }) => JSON.stringify(answer.json.errors ?? [])

describe('the verdict on the claim form', () => {
  it('should refuse a verdict that does not hold up, and say why', async () => {
    const article = await t.payload.create({ collection: 'articles', draft: true, data: { title: 'تقرير الأحكام', stage: 'factCheck' } as never })
    const claim = await as(checker, 'POST', 'claims', { article: article.id, text: 'قتل الجيش 12 مسلحًا', verdict: 'unverified' })
    expect(claim.status).toBe(201)
    const id = claim.json.doc!.id

    const noClaimant = await as(checker, 'PATCH', `claims/${id}`, { verdict: 'attributed' })
    expect(noClaimant.status).toBe(400)
    expect(message(noClaimant)).toContain('بلا قائل')

    const oneSource = await as(checker, 'PATCH', `claims/${id}`, { verdict: 'corroborated', claimant: sources.army, corroboratingSources: [sources.un] })
    expect(oneSource.status).toBe(400)
    expect(message(oneSource)).toContain('أقل من مصدرين مستقلين')

    const partyFigure = await as(checker, 'PATCH', `claims/${id}`, { verdict: 'disputed', claimant: sources.army, figures: [{ value: 12, raw: '12' }] })
    expect(partyFigure.status).toBe(400)

    const held = await as(checker, 'PATCH', `claims/${id}`, { verdict: 'corroborated', claimant: sources.army, corroboratingSources: [sources.un, sources.ngo] })
    expect(held.status, message(held)).toBe(200)
  })
})

describe('a marked passage whose words change', () => {
  it('should flag its claim for a new check, hold the gate, and let the desk clear it', async () => {
    const sentence = 'وقال الجيش إنه قتل 12 مسلحًا في الكمين.'
    const article = await t.payload.create({ collection: 'articles', draft: true, data: { title: 'تقرير المقطع المتغير', body: lexicalFromText(`${sentence} وتقع البلدة على النهر.`) as never, stage: 'inEdit' } as never })
    const claim = await t.payload.create({ collection: 'claims', data: { article: article.id, text: sentence, anchor: { quote: sentence }, verdict: 'attributed', claimant: sources.army } })
    const marked = markQuote((await t.payload.findByID({ collection: 'articles', id: article.id, draft: true })).body, sentence, String(claim.id)).state
    await t.payload.update({ collection: 'articles', id: article.id, draft: true, data: { body: marked as never } })

    // Marking the same words again changes nothing; the editor rewriting the marked words does.
    const reworded = JSON.parse(JSON.stringify(marked).replace('12 مسلحًا', '15 مسلحًا'))
    const saved = await as(editor, 'PATCH', `articles/${article.id}?draft=true&depth=0&locale=ar`, { body: reworded })
    expect(saved.status).toBe(200)
    const flagged = await t.payload.findByID({ collection: 'claims', id: claim.id, depth: 0 })
    expect(flagged.needsRecheck).toBe(true)
    expect(flagged.anchor?.quote).toContain('15 مسلحًا')

    const req = { payload: t.payload, context: {}, t: ((key: string) => key) as never } as never
    await expect(assertClaimsDealtWith(req, article.id, 'approve')).rejects.toThrow(/تغيّر نصه بعد التحقق/)

    // The desk clears it once it has looked at the new words.
    const cleared = await as(checker, 'PATCH', `claims/${claim.id}`, { needsRecheck: false })
    expect(cleared.status, message(cleared)).toBe(200)
    await expect(assertClaimsDealtWith(req, article.id, 'approve')).resolves.toBeUndefined()
  })
})

describe('what readers see of a claim’s evidence and claimant', () => {
  const EVIDENCE = { url: 'https://example.org/statement', description: 'بيان الجيش' }

  it('should drop evidence rows left empty, on REST and the local API, creating or updating', async () => {
    const article = await t.payload.create({ collection: 'articles', draft: true, data: { title: 'تقرير الأدلة', stage: 'factCheck' } as never })
    const created = await as(checker, 'POST', 'claims', { article: article.id, text: 'سيطر الجيش على البلدة', evidence: [{}, EVIDENCE, { description: '  ', url: '' }] })
    expect(created.status, message(created)).toBe(201)
    const id = created.json.doc!.id
    const stored = await t.payload.findByID({ collection: 'claims', id, depth: 0 })
    expect(stored.evidence).toEqual([expect.objectContaining(EVIDENCE)])

    const updated = await as(checker, 'PATCH', `claims/${id}`, { evidence: [...stored.evidence!, { accessedAt: new Date().toISOString() }] })
    expect(updated.status, message(updated)).toBe(200)
    expect((await t.payload.findByID({ collection: 'claims', id, depth: 0 })).evidence).toHaveLength(1)

    const local = await t.payload.update({ collection: 'claims', id, data: { evidence: [{ url: null, description: null }] }, user: checker, overrideAccess: false })
    expect(local.evidence ?? []).toHaveLength(0)
  })

  it('should never give readers an empty evidence bullet, even for a row stored empty before', async () => {
    const article = await t.payload.create({ collection: 'articles', draft: true, data: { title: 'تقرير الأدلة القديمة', stage: 'factCheck' } as never })
    const claim = await t.payload.create({ collection: 'claims', data: { article: article.id, text: 'سيطر الجيش على التلة', verdict: 'attributed', claimant: sources.army } })
    await t.payload.db.updateOne({ collection: 'claims', id: claim.id, data: { evidence: [{ id: 'old-empty-row', description: '' }, { id: 'old-row', ...EVIDENCE }] } })
    const [view] = await listPublicClaims(article.id, 'ar')
    expect(view.evidence).toEqual([{ url: EVIDENCE.url, description: EVIDENCE.description }])
  })

  it('should flag a party’s figure to readers, and not a party’s other claims', async () => {
    const article = await t.payload.create({ collection: 'articles', draft: true, data: { title: 'تقرير الطرف', stage: 'factCheck' } as never })
    const attributed = { article: article.id, verdict: 'attributed', claimant: sources.army } as const
    await t.payload.create({ collection: 'claims', data: { ...attributed, text: 'أحكم الجيش السيطرة على المعسكر', kind: 'territorialControl', anchor: { start: 0 } } })
    await t.payload.create({ collection: 'claims', data: { ...attributed, text: 'قتل الجيش 40 مسلحًا', figures: [{ value: 40, raw: '40' }], anchor: { start: 10 } } })
    await t.payload.create({ collection: 'claims', data: { ...attributed, text: 'دمّر الجيش آليات', kind: 'materiel', anchor: { start: 20 } } })
    const views = await listPublicClaims(article.id, 'ar')
    expect(views.map((view) => [view.text, view.partyToConflict, view.partyFigure])).toEqual([
      ['أحكم الجيش السيطرة على المعسكر', true, false],
      ['قتل الجيش 40 مسلحًا', true, true],
      ['دمّر الجيش آليات', true, true],
    ])
  })
})
