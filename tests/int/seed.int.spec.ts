import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { listLatestArticles } from '@/data/articles'
import { textFromLexical } from '@/lib/lexical'
import { DEFAULT_SEED_PASSWORD, seed, type SeedReport } from '@/seed'

import { initTestPayload, type TestPayload } from './helpers/payload'

let t: TestPayload
let first: SeedReport
let second: SeedReport

const counts = async () => {
  const collections = ['users', 'sections', 'tags', 'articles', 'media', 'sources', 'claims'] as const
  const entries = await Promise.all(
    collections.map(async (collection) => [collection, (await t.payload.count({ collection })).totalDocs] as const),
  )
  return Object.fromEntries(entries)
}

let afterFirst: Record<string, number>
let afterSecond: Record<string, number>

beforeAll(async () => {
  t = await initTestPayload()
  const quiet = { log: () => {} }
  first = await seed(t.payload, quiet)
  afterFirst = await counts()
  second = await seed(t.payload, quiet)
  afterSecond = await counts()
})

afterAll(async () => {
  await t?.cleanup()
})

describe('demo seed', () => {
  it('should be safe to run twice: nothing is duplicated', () => {
    expect(first.created).toBeGreaterThan(0)
    expect(second.created).toBe(0)
    expect(afterSecond).toEqual(afterFirst)
  })

  it('should create the four newsroom accounts with their roles and the seed password', async () => {
    const { docs } = await t.payload.find({ collection: 'users', sort: 'email', limit: 10 })
    expect(docs.map((user) => [user.email, user.role])).toEqual([
      ['admin@mirsad.local', 'admin'],
      ['checker@mirsad.local', 'factChecker'],
      ['editor@mirsad.local', 'editor'],
      ['writer@mirsad.local', 'writer'],
    ])
    const login = await t.payload.login({
      collection: 'users',
      data: { email: 'editor@mirsad.local', password: DEFAULT_SEED_PASSWORD },
    })
    expect(login.token).toBeTruthy()
  })

  it('should publish at least four Arabic articles, each with a hero image, section and author', async () => {
    const published = await t.payload.find({
      collection: 'articles',
      where: { _status: { equals: 'published' } },
      depth: 1,
      limit: 50,
    })
    expect(published.totalDocs).toBeGreaterThanOrEqual(4)
    for (const article of published.docs) {
      expect(article.title).toMatch(/[\u0600-\u06FF]/)
      expect(article.heroImage).toMatchObject({ mimeType: 'image/webp' })
      expect(article.section).toBeTruthy()
      expect(article.authors?.length).toBeGreaterThan(0)
    }
  })

  it('should report the Dioura camp attack of 23 May 2025 with its attributed figures', async () => {
    const { docs } = await t.payload.find({ collection: 'articles', where: { title: { contains: 'جورا' } }, limit: 10 })
    const report = docs.find((doc) => textFromLexical(doc.body).includes('23 مايو 2025'))
    expect(report).toBeDefined()
    const text = textFromLexical(report!.body)
    for (const fact of ['40 عسكريًا', '21 آلية', '57 بندقية', 'الزلاقة', '28 سبتمبر 2023', '98 جنديًا']) {
      expect(text).toContain(fact)
    }
  })

  it('should keep its unpublished work off the public site', async () => {
    const titles = (await listLatestArticles('ar', 50)).map((article) => article.title)
    const unpublished = await t.payload.find({ collection: 'articles', where: { _status: { equals: 'draft' } }, limit: 10 })
    expect(unpublished.docs.map((doc) => doc.stage).sort()).toEqual(['draft', 'factCheck'])
    for (const doc of unpublished.docs) expect(titles).not.toContain(doc.title)
  })

  it('should give each article the history of the stages it went through', async () => {
    const { docs } = await t.payload.find({ collection: 'articles', where: { stage: { equals: 'published' } }, limit: 10 })
    for (const doc of docs) {
      expect(doc.history?.map((move) => move.to)).toEqual(['draft', 'inEdit', 'factCheck', 'approved', 'published'])
    }
  })

  it('should give the Dioura report its claims, attributed to parties to the conflict, with the official silence on record', async () => {
    const { docs: [dioura] } = await t.payload.find({ collection: 'articles', where: { title: { contains: 'جورا وتتحدث عن 40' } }, limit: 1 })
    const { docs: claims } = await t.payload.find({ collection: 'claims', where: { article: { equals: dioura.id } }, depth: 1, limit: 50 })
    expect(claims.length).toBeGreaterThanOrEqual(5)
    expect(claims.every((claim) => claim.verdict === 'attributed')).toBe(true)
    const figures = claims.flatMap((claim) => claim.figures?.map((figure) => figure.value) ?? [])
    expect(figures).toEqual(expect.arrayContaining([40, 21, 57, 98]))
    const casualties = claims.find((claim) => claim.kind === 'casualties')!
    expect(casualties.claimant).toMatchObject({ partyToConflict: true, kind: 'armedGroup' })
    expect(casualties.rightOfReply?.[0]).toMatchObject({ noAnswer: true })
    const history = claims.find((claim) => claim.kind === 'historicalContext')!
    expect((history.claimant as { name: string }).name).toContain('أزواد')
    const text = textFromLexical(dioura.body)
    for (const claim of claims) {
      expect(text.slice(claim.anchor!.start!, claim.anchor!.end!)).toBe(claim.anchor!.quote)
      // The claim itself is a sentence of its own (what its ClaimReview reviews), not the words cut from the prose.
      expect(claim.text).not.toBe(claim.anchor!.quote)
      expect(claim.text).toMatch(/\.$/)
    }
  })
})
