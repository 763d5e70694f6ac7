import config from '@payload-config'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { listPublicClaims, mergeCorrections } from '@/data/claims'
import { lexicalFromText, markedClaimIds, markQuote } from '@/lib/lexical'
import type { User } from '@/payload-types'

import { type Client, graphqlClient, localClient, restClient } from './helpers/clients'
import { addUser, initTestPayload, type TestPayload, tokenFor } from './helpers/payload'

// Claims live in the text as marks; fact-checkers may mark but not reword; what readers see of a
// published article's claims changes only with a dated note to them.

let t: TestPayload
let editor: User
let checker: User
let writer: User
let checkerToken: string

const TEXT = 'قالت الجماعة إن 40 جنديًا قُتلوا في الهجوم. ولم تعلّق السلطات على البيان.'

beforeAll(async () => {
  t = await initTestPayload()
  await addUser(t.payload, 'admin@mirsad.test', 'admin')
  editor = await addUser(t.payload, 'editor@mirsad.test', 'editor')
  checker = await addUser(t.payload, 'checker@mirsad.test', 'factChecker')
  writer = await addUser(t.payload, 'writer@mirsad.test', 'writer')
  checkerToken = await tokenFor(t.payload, checker.email)
})

afterAll(async () => {
  await t?.cleanup()
})

async function articleInFactCheck() {
  const article = await t.payload.create({
    collection: 'articles',
    data: { title: `خبر للتدقيق ${Math.random().toString(36).slice(2, 7)}`, body: lexicalFromText(TEXT) as never, stage: 'factCheck', createdBy: writer.id } as never,
    draft: true,
  })
  const claim = await t.payload.create({ collection: 'claims', data: { article: article.id, text: 'إن 40 جنديًا قُتلوا', anchor: { quote: 'إن 40 جنديًا قُتلوا' }, verdict: 'unverified' } })
  return { id: article.id, claimId: claim.id, body: article.body }
}

const checkerPaths: [string, () => Client][] = [
  ['REST', () => restClient(config, checkerToken)],
  ['GraphQL', () => graphqlClient(config, checkerToken)],
  ['local API', () => localClient(t.payload, checker)],
]

describe('claim marks in the body', () => {
  for (const [name, client] of checkerPaths) {
    it(`should let a fact-checker mark a claim through ${name} but not change a word`, async () => {
      const { id, claimId, body } = await articleInFactCheck()
      const marked = markQuote(body, 'إن 40 جنديًا قُتلوا', String(claimId)).state
      const saved = await client().updateArticle(id, { body: marked }, { draft: true })
      expect(saved.ok, JSON.stringify(saved)).toBe(true)
      const latest = await t.payload.findByID({ collection: 'articles', id, draft: true })
      expect(markedClaimIds(latest.body)).toEqual([String(claimId)])

      const reworded = markQuote(lexicalFromText(TEXT.replace('40', '400')), '400 جنديًا', String(claimId)).state
      const refused = await client().updateArticle(id, { body: reworded }, { draft: true })
      expect(refused.ok).toBe(false)
      if (name === 'REST') expect(JSON.stringify(refused.doc)).toContain('لا يغيّر كلماته')
      expect(JSON.stringify((await t.payload.findByID({ collection: 'articles', id, draft: true })).body)).not.toContain('400')
    })
  }

  it('should still let the writer change the words of their draft', async () => {
    const article = await t.payload.create({
      collection: 'articles',
      data: { title: 'مسودة كاتب', body: lexicalFromText(TEXT) as never } as never,
      draft: true,
      user: writer,
      overrideAccess: false,
    })
    const body = lexicalFromText(TEXT.replace('40', '41')) as never
    const saved = await t.payload.update({ collection: 'articles', id: article.id, data: { body }, draft: true, user: writer, overrideAccess: false })
    expect(JSON.stringify(saved.body)).toContain('41')
  })

  it('should republish a published article whose claims were only marked without a log entry', async () => {
    const article = await t.payload.create({
      collection: 'articles',
      data: { title: 'منشور يُعلَّم', body: lexicalFromText(TEXT) as never, _status: 'published', stage: 'published' } as never,
    })
    const claim = await t.payload.create({ collection: 'claims', data: { article: article.id, text: 'ولم تعلّق السلطات', verdict: 'attributed', named: false, unnamedDescription: 'صمت رسمي', unnamedReason: 'لا قائل' } })
    const body = markQuote(article.body, 'ولم تعلّق السلطات', String(claim.id)).state
    const republished = await t.payload.update({ collection: 'articles', id: article.id, data: { body, _status: 'published' }, user: editor, overrideAccess: false })
    expect(markedClaimIds(republished.body)).toEqual([String(claim.id)])
    expect(republished.corrections ?? []).toHaveLength(0)
  })
})

// A finding against a party's figure stands on evidence of its own (the claim form refuses it otherwise).
const SATELLITE = [{ description: 'صور الأقمار الصناعية للمعسكر يوم الهجوم' }]

describe('claims of a published article', () => {
  async function publishedWithClaim() {
    const article = await t.payload.create({
      collection: 'articles',
      data: { title: `منشور ${Math.random().toString(36).slice(2, 7)}`, body: lexicalFromText(TEXT) as never, _status: 'published', stage: 'published' } as never,
    })
    const source = await t.payload.create({ collection: 'sources', data: { name: `الجماعة ${article.id}`, kind: 'armedGroup', partyToConflict: true } })
    const claim = await t.payload.create({
      collection: 'claims',
      data: { article: article.id, text: 'قُتل 40 جنديًا', claimant: source.id, verdict: 'attributed', kind: 'casualties' },
    })
    return { articleId: article.id, claimId: claim.id }
  }

  it('should refuse a change readers would see without a note, then keep the note, dated, in the article’s log', async () => {
    const { articleId, claimId } = await publishedWithClaim()
    const as = { user: checker, overrideAccess: false } as const
    await expect(
      t.payload.update({ collection: 'claims', id: claimId, data: { verdict: 'disputed', rationale: 'صور الأقمار الصناعية لا تُظهر ذلك', evidence: SATELLITE }, ...as }),
    ).rejects.toThrow(/ملاحظة للقراء/)
    expect((await t.payload.findByID({ collection: 'claims', id: claimId })).verdict).toBe('attributed')

    const updated = await t.payload.update({
      collection: 'claims',
      id: claimId,
      data: { verdict: 'disputed', rationale: 'صور الأقمار الصناعية لا تُظهر ذلك', evidence: SATELLITE, publicNote: { kind: 'update', note: 'صار الحكم «متنازع عليه» بعد صور جديدة.' } },
      ...as,
    })
    expect(updated.log).toHaveLength(1)
    expect(updated.log?.[0]).toMatchObject({ kind: 'update', note: 'صار الحكم «متنازع عليه» بعد صور جديدة.' })
    expect(Date.now() - new Date(updated.log![0].at!).getTime()).toBeLessThan(60_000)
    expect(updated.publicNote?.note ?? null).toBeNull()

    const claims = await listPublicClaims(articleId, 'ar')
    const log = mergeCorrections([], claims)
    expect(log).toEqual([expect.objectContaining({ kind: 'update', claim: 'قُتل 40 جنديًا' })])
  })

  it('should need no note for a change readers do not see', async () => {
    const { claimId } = await publishedWithClaim()
    const as = { user: checker, overrideAccess: false } as const
    const figures = await t.payload.update({ collection: 'claims', id: claimId, data: { figures: [{ value: 40, unit: 'جندي' }] }, ...as })
    expect(figures.log ?? []).toHaveLength(0)
  })

  it('should refuse to delete a claim readers see, through REST too', async () => {
    const { claimId } = await publishedWithClaim()
    await expect(t.payload.delete({ collection: 'claims', id: claimId, user: checker, overrideAccess: false })).rejects.toThrow(/لا يُحذف/)
    const { REST_DELETE } = await import('@payloadcms/next/routes')
    const response = await REST_DELETE(config)(
      new Request(`http://localhost/api/claims/${claimId}`, { method: 'DELETE', headers: { authorization: `JWT ${checkerToken}` } }),
      { params: Promise.resolve({ slug: ['claims', String(claimId)] }) },
    )
    expect(response.status).toBe(403)
    expect(await t.payload.count({ collection: 'claims', where: { id: { equals: claimId } } })).toMatchObject({ totalDocs: 1 })
  })
})
