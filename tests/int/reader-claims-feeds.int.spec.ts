import fs from 'node:fs'

import Parser from 'rss-parser'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { listPublicClaims } from '@/data/claims'
import { listFeedItems } from '@/data/feeds'
import { feedResponse } from '@/lib/feed-response'
import { articleJsonLd } from '@/lib/jsonld'
import { lexicalFromText } from '@/lib/lexical'
import type { Media, User } from '@/payload-types'

import { addUser, initTestPayload, publishAs, type TestPayload } from './helpers/payload'

// What readers and machines get of a published report beyond its text: the sources panel's record of each
// claim, its ClaimReview, and the feed item (issue #15, items 5, 7 and 8).

let t: TestPayload
let editor: User
let writer: User

beforeAll(async () => {
  t = await initTestPayload()
  await addUser(t.payload, 'admin@mirsad.test', 'admin')
  editor = await addUser(t.payload, 'editor@mirsad.test', 'editor')
  writer = await addUser(t.payload, 'writer@mirsad.test', 'writer')
})

afterAll(async () => {
  await t?.cleanup()
})

const publishedArticle = () =>
  t.payload.create({
    collection: 'articles',
    data: { title: `تقرير بادعاءات ${Math.random().toString(36).slice(2, 7)}`, body: lexicalFromText('نص.') as never, _status: 'published', stage: 'published', publishedAt: '2025-05-25T09:30:00.000Z' } as never,
  })

describe('the claims of a published report', () => {
  it('should tell readers an unnamed source is unnamed, as the newsroom describes it and why it is not named', async () => {
    const article = await publishedArticle()
    await t.payload.create({
      collection: 'claims',
      data: { article: article.id, text: 'قال مصدر أمني إن الهجوم صُدّ.', verdict: 'attributed', named: false, unnamedDescription: 'مصدر أمني', unnamedReason: 'يخشى على عمله إن سُمّي.' },
    })
    const [claim] = await listPublicClaims(article.id, 'en')
    expect(claim).toMatchObject({ claimant: undefined, unnamedDescription: 'مصدر أمني', unnamedReason: 'يخشى على عمله إن سُمّي.' })
    expect(claim.author).toEqual({ name: 'مصدر أمني', type: 'Person', links: [] })
  })

  it('should review each claim where the claimant made it, under the claim’s own address', async () => {
    const article = await publishedArticle()
    const zallaqa = await t.payload.create({
      collection: 'sources',
      data: { name: 'مؤسسة الزلاقة', kind: 'mediaArm', partyToConflict: true, links: [{ url: 'https://t.me/zallaqa_media' }] },
      locale: 'ar',
    })
    const statement = 'https://t.me/zallaqa_media/812'
    const claim = await t.payload.create({
      collection: 'claims',
      data: {
        article: article.id,
        text: 'قالت الجماعة إن 40 عسكريًا ماليًا قُتلوا في الهجوم على معسكر جورا.',
        anchor: { quote: 'إن 40 عسكريًا قُتلوا' },
        verdict: 'attributed',
        claimant: zallaqa.id,
        channel: 'statement',
        evidence: [{ url: statement, accessedAt: '2025-05-24T19:00:00.000Z', description: 'البيان الثاني' }],
      },
    })
    const claims = await listPublicClaims(article.id, 'en')
    const url = 'https://mirsad.example/en/articles/report'
    const [, review] = articleJsonLd({ url, headline: article.title, authors: [], language: 'en', datePublished: article.publishedAt!, claims })['@graph'] as Record<string, unknown>[]
    expect(review).toMatchObject({
      '@id': `${url}#claim-${claim.id}`,
      url: `${url}#claim-${claim.id}`,
      claimReviewed: 'قالت الجماعة إن 40 عسكريًا ماليًا قُتلوا في الهجوم على معسكر جورا.',
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Organization', name: 'مؤسسة الزلاقة', sameAs: ['https://t.me/zallaqa_media'] },
        datePublished: '2025-05-24T19:00:00.000Z',
        appearance: [{ '@type': 'CreativeWork', url: statement }],
        firstAppearance: { '@type': 'CreativeWork', url: statement },
      },
      reviewRating: { '@type': 'Rating', alternateName: 'Attributed' },
    })
    expect(review.reviewRating).not.toHaveProperty('ratingValue')
  })
})

describe('feed items', () => {
  it('should name the authors and carry the picture, with its type and size', async () => {
    const data = await sharp({ create: { width: 1200, height: 675, channels: 3, background: '#8a6d3b' } }).png().toBuffer()
    const picture = await t.payload.create({ collection: 'media', data: { alt: 'كثبان' } as never, file: { data, name: 'feed-dunes.png', mimetype: 'image/png', size: data.length } })
    const title = 'خبر بصورة وكاتبة للخلاصة'
    await publishAs(t.payload, editor, { title, authors: [writer.id], heroImage: picture.id })
    const card = (await t.payload.findByID({ collection: 'media', id: picture.id })).sizes!.card as NonNullable<NonNullable<Media['sizes']>['card']>

    const item = (await listFeedItems('ar')).find((entry) => entry.title === title)!
    expect(item.authors).toEqual([writer.name])
    expect(item.image).toEqual({ url: card.url, type: 'image/webp', length: card.filesize, width: 800, height: 450 })

    const xml = await feedResponse({ locale: 'ar', title: 'مرصد', description: 'أخبار', newsroom: 'مرصد', items: await listFeedItems('ar') }).text()
    const parsed = (await new Parser<object, { creator?: string }>().parseString(xml)).items.find((entry) => entry.title === title)!
    expect(parsed.creator).toBe(writer.name)
    expect(parsed.enclosure).toEqual({ url: expect.stringMatching(/^https?:\/\/[^/]+\/api\/media\/file\/feed-dunes-800x450\.webp$/), type: 'image/webp', length: String(card.filesize) })
    expect(xml).toMatch(/<media:content url="https?:\/\/[^"]+feed-dunes-800x450\.webp" medium="image" type="image\/webp" fileSize="\d+" width="800" height="450"\/>/)
  })

  it('should sign an item no one signed with the newsroom’s name, and show the site’s card when it has no picture', async () => {
    const title = 'خبر بلا توقيع ولا صورة'
    await publishAs(t.payload, editor, { title })
    // A new article is signed by who created it; one whose byline the desk emptied is signed by no one.
    const item = { ...(await listFeedItems('ar')).find((entry) => entry.title === title)!, authors: [] }
    expect(item.image).toEqual({ url: '/card.png', type: 'image/png', length: fs.statSync('public/card.png').size, width: 1200, height: 630 })
    const xml = await feedResponse({ locale: 'ar', title: 'مرصد — الساحل', description: 'أخبار', newsroom: 'مرصد', items: [item] }).text()
    const [parsed] = (await new Parser<object, { creator?: string }>().parseString(xml)).items
    expect(parsed.creator).toBe('مرصد')
    expect(parsed.enclosure).toMatchObject({ url: expect.stringMatching(/^https?:\/\/[^/]+\/card\.png$/), type: 'image/png' })
  })
})
