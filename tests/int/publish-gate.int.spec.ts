import config from '@payload-config'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Source, User } from '@/payload-types'

import { type Client, graphqlClient, localClient, restClient } from './helpers/clients'
import { addUser, initTestPayload, type TestPayload, tokenFor } from './helpers/payload'

// An approved article is published only once every claim in it is dealt with, whatever the path.

let t: TestPayload
let editor: User
let token: string
const sources = {} as Record<'group' | 'mediaArm' | 'un' | 'ngo', Source>

beforeAll(async () => {
  t = await initTestPayload()
  const account = (email: string, role: User['role']) => addUser(t.payload, email, role)
  await account('admin@mirsad.test', 'admin')
  editor = await account('editor@mirsad.test', 'editor')
  token = await tokenFor(t.payload, editor.email)
  sources.group = await t.payload.create({ collection: 'sources', data: { name: 'الجماعة', kind: 'armedGroup', partyToConflict: true } })
  sources.mediaArm = await t.payload.create({
    collection: 'sources',
    data: { name: 'ذراعها الإعلامية', kind: 'mediaArm', partyToConflict: true, affiliation: sources.group.id },
  })
  sources.un = await t.payload.create({ collection: 'sources', data: { name: 'بعثة أممية', kind: 'unNgo' } })
  sources.ngo = await t.payload.create({ collection: 'sources', data: { name: 'منظمة حقوقية', kind: 'unNgo' } })
})

afterAll(async () => {
  await t?.cleanup()
})

async function approvedArticleWithClaims(claims: Record<string, unknown>[]) {
  const article = await t.payload.create({
    collection: 'articles',
    data: { title: `مقال بادعاءات ${Math.random().toString(36).slice(2, 7)}`, stage: 'approved' } as never,
    draft: true,
  })
  const ids: number[] = []
  for (const claim of claims) ids.push((await t.payload.create({ collection: 'claims', data: { article: article.id, ...claim } as never })).id)
  return { id: article.id, claims: ids }
}

const paths: [string, () => Client][] = [
  ['REST', () => restClient(config, token)],
  ['GraphQL', () => graphqlClient(config, token)],
  ['local API', () => localClient(t.payload, editor)],
]

describe('the publish gate', () => {
  for (const [name, client] of paths) {
    it(`should refuse publication through ${name}, naming each blocking claim, then allow it once all are dealt with`, async () => {
      const { id, claims } = await approvedArticleWithClaims([
        { text: 'قُتل 40 جنديًا', claimant: sources.mediaArm.id, verdict: 'unverified' },
        { text: 'سيطرت الجماعة على المعسكر', verdict: 'attributed' },
        { text: 'قال مصدر أمني إن الهجوم صُدّ', named: false, unnamedDescription: 'مصدر أمني', verdict: 'attributed' },
        { text: 'دُمّرت 21 آلية', claimant: sources.group.id, verdict: 'corroborated', corroboratingSources: [sources.mediaArm.id, sources.un.id] },
        { text: 'زار الوزير كيدال', claimant: sources.un.id, verdict: 'attributed' },
      ])
      const refused = await client().updateArticle(id, { _status: 'published' })
      expect(refused.ok).toBe(false)
      const message = name === 'local API' ? await publishError(id) : JSON.stringify(refused.doc ?? {})
      for (const text of ['قُتل 40 جنديًا', 'سيطرت الجماعة على المعسكر', 'قال مصدر أمني إن الهجوم صُدّ', 'دُمّرت 21 آلية']) {
        if (name !== 'GraphQL') expect(message).toContain(text)
      }
      if (name !== 'GraphQL') expect(message).not.toContain('زار الوزير كيدال')
      expect((await t.payload.findByID({ collection: 'articles', id, draft: false }))._status).toBe('draft')

      await t.payload.update({ collection: 'claims', id: claims[0], data: { verdict: 'attributed' } })
      await t.payload.update({ collection: 'claims', id: claims[1], data: { claimant: sources.group.id } })
      await t.payload.update({ collection: 'claims', id: claims[2], data: { unnamedReason: 'يخشى على عمله' } })
      await t.payload.update({ collection: 'claims', id: claims[3], data: { corroboratingSources: [sources.un.id, sources.ngo.id] } })

      const allowed = await client().updateArticle(id, { _status: 'published' })
      expect(allowed.ok, JSON.stringify(allowed)).toBe(true)
      expect((await t.payload.findByID({ collection: 'articles', id, draft: false }))._status).toBe('published')
    })
  }

  it('should name the blocking claims in the GraphQL error too', async () => {
    const { id } = await approvedArticleWithClaims([{ text: 'ادعاء بلا حكم', verdict: 'unverified' }])
    const response = await (await import('@payloadcms/next/routes')).GRAPHQL_POST(config)(
      new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: JSON.stringify({ query: `mutation { updateArticle(id: ${id}, data: { _status: published }) { id } }` }),
      }),
    )
    const text = await response.text()
    expect(text).toContain('ادعاء بلا حكم')
    expect(text).toContain('cannot be published until every claim is dealt with')
  })

  it('should publish a figure from a party’s mouthpiece only as attributed, or with a finding backed by evidence', async () => {
    const outlet = await t.payload.create({ collection: 'sources', data: { name: 'وكالة تابعة للجماعة', kind: 'mediaOutlet', affiliation: sources.group.id } })
    const { id, claims } = await approvedArticleWithClaims([{ text: 'استولت على 12 مدرعة', claimant: outlet.id, verdict: 'disputed', kind: 'materiel' }])
    expect(await publishError(id)).toContain('طرف في النزاع')
    await t.payload.update({ collection: 'claims', id: claims[0], data: { verdict: 'attributed' } })
    expect(await publishError(id)).toBe('')
  })

  it('should record who gave a verdict and when', async () => {
    const { claims } = await approvedArticleWithClaims([{ text: 'ادعاء للتدقيق', claimant: sources.un.id }])
    const checked = await t.payload.update({
      collection: 'claims',
      id: claims[0],
      data: { verdict: 'disputed', checkedBy: 999 } as never,
      user: editor,
      overrideAccess: false,
    })
    expect(checked.checkedBy).toMatchObject({ id: editor.id })
    expect(Date.now() - new Date(checked.checkedAt!).getTime()).toBeLessThan(60_000)
  })

  it('should accept only http(s) evidence links', async () => {
    const { claims } = await approvedArticleWithClaims([{ text: 'ادعاء بدليل' }])
    await expect(
      t.payload.update({ collection: 'claims', id: claims[0], data: { evidence: [{ url: 'javascript:alert(1)' }] } }),
    ).rejects.toThrow()
    const ok = await t.payload.update({ collection: 'claims', id: claims[0], data: { evidence: [{ url: 'https://example.org/report' }] } })
    expect(ok.evidence?.[0]?.url).toBe('https://example.org/report')
  })
})

async function publishError(id: number): Promise<string> {
  try {
    await t.payload.update({ collection: 'articles', id, data: { _status: 'published' }, user: editor, overrideAccess: false })
    return ''
  } catch (error) {
    return (error as Error).message
  }
}
