import config from '@payload-config'
import { REST_POST } from '@payloadcms/next/routes'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalFromText } from '@/lib/lexical'
import type { User } from '@/payload-types'

import { addUser, initTestPayload, type TestPayload, tokenFor } from './helpers/payload'

let t: TestPayload
let articleId: number
let sourceId: number
const tokens: Record<string, string> = {}

beforeAll(async () => {
  t = await initTestPayload()
  const account = async (email: string, role: User['role']) => {
    await addUser(t.payload, email, role)
    tokens[role] = await tokenFor(t.payload, email)
  }
  await account('admin@mirsad.test', 'admin')
  await account('checker@mirsad.test', 'factChecker')
  await account('writer@mirsad.test', 'writer')
  sourceId = (await t.payload.create({ collection: 'sources', data: { name: 'وزارة الصحة', kind: 'government' } })).id
  const body = lexicalFromText(
    'أعلنت وزارة الصحة تسجيل 243 إصابة جديدة بالكوليرا. ويرى مراقبون أن الأرقام أقل من الواقع. وتقع البلدة على ضفة النهر. وتوفي 9 أشخاص منذ مطلع الشهر.',
  )
  articleId = (await t.payload.create({ collection: 'articles', data: { title: 'الكوليرا', body: body as never, stage: 'factCheck' } as never, draft: true })).id
  await t.payload.create({ collection: 'claims', data: { article: articleId, text: 'وتوفي 9 أشخاص منذ مطلع الشهر', anchor: { quote: 'وتوفي 9 أشخاص منذ مطلع الشهر' }, verdict: 'unverified' } })
})

afterAll(async () => {
  await t?.cleanup()
})

const detect = (token?: string) =>
  REST_POST(config)(
    new Request(`http://localhost/api/articles/${articleId}/detect-claims`, {
      method: 'POST',
      headers: token ? { authorization: `JWT ${token}` } : {},
    }),
    { params: Promise.resolve({ slug: ['articles', String(articleId), 'detect-claims'] }) },
  )

describe('POST /api/articles/:id/detect-claims', () => {
  it('should propose the new claims for a fact-checker, matched to registered sources', async () => {
    const response = await detect(tokens.factChecker)
    expect(response.status).toBe(200)
    const { proposals } = (await response.json()) as { proposals: { sentence: string; sourceId: number | null; unnamed: boolean; kind: string }[] }
    expect(proposals.map((proposal) => proposal.sentence)).toEqual([
      'أعلنت وزارة الصحة تسجيل 243 إصابة جديدة بالكوليرا.',
      'ويرى مراقبون أن الأرقام أقل من الواقع.',
    ])
    expect(proposals[0]).toMatchObject({ sourceId })
    expect(proposals[1]).toMatchObject({ sourceId: null, unnamed: true })
  })

  it('should refuse writers and anonymous callers', async () => {
    expect((await detect(tokens.writer)).status).toBe(403)
    expect((await detect()).status).toBe(403)
  })
})
