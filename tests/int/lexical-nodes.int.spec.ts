import config from '@payload-config'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalFromText } from '@/lib/lexical'

import { graphqlRequest, restRequest } from './helpers/clients'
import { addUser, initTestPayload, type TestPayload, tokenFor } from './helpers/payload'

// A body may hold only nodes the editor knows: one it has no class for is stored by Payload and then breaks the
// admin's editor for that article. Refused on every path, drafts and autosaves included, in both languages.

let t: TestPayload
let auth: Record<string, string>
let articleId: number

const text = (words: string) => ({ type: 'text', text: words, version: 1, format: 0, detail: 0, mode: 'normal', style: '' })
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', version: 1, direction: 'rtl', format: '', indent: 0, textFormat: 0, children })
const state = (...children: unknown[]) => ({ root: { type: 'root', version: 1, direction: 'rtl', format: '', indent: 0, children } })

const unknownNode = state(paragraph(text('قبل')), { type: 'html', version: 1, html: '<script>alert(1)</script>' })
const nestedUnknown = state({ type: 'quote', version: 1, direction: 'rtl', format: '', indent: 0, children: [{ type: 'marquee', version: 1, children: [text('x')] }] })
const tooDeep = (() => {
  let node: Record<string, unknown> = text('عميق')
  for (let level = 0; level < 200; level++) node = { type: 'quote', version: 1, direction: 'rtl', format: '', indent: 0, children: [node] }
  return state(node)
})()

beforeAll(async () => {
  t = await initTestPayload()
  await addUser(t.payload, 'admin@mirsad.test', 'admin')
  const editor = await addUser(t.payload, 'editor@mirsad.test', 'editor')
  auth = { authorization: `JWT ${await tokenFor(t.payload, editor.email)}` }
  articleId = (await t.payload.create({ collection: 'articles', data: { title: 'مقال', body: lexicalFromText('نص أول.') as never }, draft: true })).id
})

afterAll(async () => {
  await t?.cleanup()
})

const storedBody = async () => JSON.stringify((await t.payload.findByID({ collection: 'articles', id: articleId, draft: true, depth: 0 })).body)

describe('nodes the editor does not know', () => {
  for (const [name, body, word] of [
    ['an html node', unknownNode, 'html'],
    ['an unknown node inside a quote', nestedUnknown, 'marquee'],
    ['nesting far deeper than any text', tooDeep, 'nested too deeply'],
  ] as const) {
    it(`should refuse ${name} on REST (save and autosave), GraphQL and the local API`, async () => {
      const before = await storedBody()
      for (const query of ['draft=true', 'draft=true&autosave=true']) {
        const response = await restRequest(config, 'PATCH', `articles/${articleId}?${query}&depth=0`, { headers: auth, body: { body } })
        expect(response.status).toBe(400)
        const message = JSON.stringify(await response.json())
        expect(message).toContain(word)
        expect(message).toMatch(/[\u0600-\u06FF]/)
      }
      const graphql = await graphqlRequest(
        config,
        `mutation { updateArticle(id: ${articleId}, draft: true, data: { body: ${JSON.stringify(JSON.stringify(body))} }) { id } }`,
        auth,
      )
      expect(JSON.stringify(await graphql.json())).toContain(word)
      await expect(t.payload.update({ collection: 'articles', id: articleId, data: { body: body as never }, draft: true })).rejects.toThrow(word)
      await expect(t.payload.create({ collection: 'articles', data: { title: 'جديد', body: body as never }, draft: true })).rejects.toThrow(word)
      expect(await storedBody()).toBe(before)
    })
  }

  it('should answer in the admin’s language only when the request says which', async () => {
    const response = await restRequest(config, 'PATCH', `articles/${articleId}?draft=true&depth=0`, { headers: { ...auth, cookie: 'payload-lng=ar' }, body: { body: unknownNode } })
    const message = JSON.stringify(await response.json())
    expect(message).toContain('لا يعرفه المحرر')
    expect(message).not.toContain('does not know')
  })

  it('should keep every node the editor offers: headings, lists, quotes, links, rules', async () => {
    const body = state(
      { type: 'heading', tag: 'h2', version: 1, direction: 'rtl', format: '', indent: 0, children: [text('عنوان فرعي')] },
      { type: 'list', listType: 'bullet', tag: 'ul', start: 1, version: 1, direction: 'rtl', format: '', indent: 0, children: [{ type: 'listitem', value: 1, version: 1, direction: 'rtl', format: '', indent: 0, children: [text('بند')] }] },
      { type: 'quote', version: 1, direction: 'rtl', format: '', indent: 0, children: [text('اقتباس')] },
      paragraph(text('رابط: '), { type: 'link', version: 3, direction: 'rtl', format: '', indent: 0, fields: { linkType: 'custom', url: 'https://example.org', newTab: false }, children: [text('هنا')] }, { type: 'linebreak', version: 1 }),
      { type: 'horizontalrule', version: 1 },
    )
    const response = await restRequest(config, 'PATCH', `articles/${articleId}?draft=true&depth=0`, { headers: auth, body: { body } })
    expect(response.status).toBe(200)
    expect(await storedBody()).toContain('horizontalrule')
  })
})
