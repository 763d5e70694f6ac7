import config from '@payload-config'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalFromText } from '@/lib/lexical'

import { graphqlRequest, restRequest } from './helpers/clients'
import { contentHashes } from './helpers/content'
import { addUser, initTestPayload, type TestPayload, tokenFor } from './helpers/payload'

// More than 500 generated bad inputs against REST and GraphQL, anonymous and signed in as a writer: none may
// crash the server (5xx) or leak a secret, a refusal must say why (4xx with a message), and the content must
// not change (a write that is accepted may only be one that changes nothing).

let t: TestPayload
let writerToken: string
let articleId: number

const BIDI = ['\u202E', '\u202D', '\u2066', '\u2067', '\u2069', '\u200B', '\uFEFF', '\u061C']
const HUGE = 'ج'.repeat(100_000)

beforeAll(async () => {
  t = await initTestPayload()
  await addUser(t.payload, 'admin@mirsad.test', 'admin')
  const writer = await addUser(t.payload, 'writer@mirsad.test', 'writer')
  writerToken = await tokenFor(t.payload, writer.email)
  articleId = (await t.payload.create({ collection: 'articles', data: { title: 'مقال الكاتبة', body: lexicalFromText('نص.') as never, createdBy: writer.id } as never, draft: true })).id
  await t.payload.create({ collection: 'articles', data: { title: 'مقال منشور', body: lexicalFromText('نص منشور.') as never, _status: 'published', stage: 'published' } as never })
})

afterAll(async () => {
  await t?.cleanup()
})

const contentHash = () => contentHashes(t.payload, { contentOnly: true })

type Case = { name: string; send: () => Promise<Response> }

const asWriter = () => ({ authorization: `JWT ${writerToken}` })

function restCases(): Case[] {
  const cases: Case[] = []
  const add = (name: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown, signedIn = true) =>
    cases.push({ name: `${method} ${path.slice(0, 60)} ${String(typeof body === 'string' ? body : JSON.stringify(body) ?? '').slice(0, 40)}`, send: () => restRequest(config, method, path, { headers: signedIn ? asWriter() : {}, body }) })

  const malformed = ['{', '{"title":', '{"title": "x",}', '[]', 'null', '"text"', '12', 'true', '{"title": NaN}', "{'title': 'x'}", '\u0000\u0001', '{"__proto__": {"admin": true}}', '{"constructor": {"prototype": {"x": 1}}}', '<xml/>', '{"title": "x"} trailing']
  for (const body of malformed) {
    // An object of unknown keys is a valid (empty) new draft, as the admin's create form makes: not fuzzed.
    if (!body.startsWith('{"__proto__"') && !body.startsWith('{"constructor"')) add('malformed', 'POST', 'articles?draft=true', body)
    add('malformed', 'PATCH', `articles/${articleId}?draft=true`, body)
    add('malformed', 'POST', 'claims', body)
    add('malformed', 'POST', 'users', body, false)
  }

  const wrongTypes: Record<string, unknown>[] = [
    { title: 12 }, { title: ['a'] }, { title: { ar: 'x' } }, { title: true }, { title: null }, { title: '' },
    { body: 'نص' }, { body: 42 }, { body: { root: 'x' } }, { section: 'abc' }, { section: -1 }, { section: { id: 1 } },
    { tags: 'x' }, { tags: [{ $gt: 0 }] }, { stage: 'published' }, { stage: 'hacked' }, { _status: 'published' }, { _status: 'x' },
    { publishedAt: 'not-a-date' }, { embargoUntil: { $gt: '' } }, { createdBy: 1 }, { history: [{ to: 'published' }] }, { authors: 'me' },
    { title: HUGE }, { title: `عنوان ${'x'.repeat(301)}` },
    ...BIDI.map((mark) => ({ title: `عنوان${mark}مقلوب` })),
    { slug: { $ne: null } }, { corrections: 'x' }, { corrections: [{ kind: 'hack', note: 'x' }] },
  ]
  for (const body of wrongTypes) {
    add('wrong type', 'POST', 'articles', body)
    add('wrong type', 'PATCH', `articles/${articleId}?draft=true`, body)
  }
  for (const body of [{ text: 12 }, { text: '' }, { article: 'x' }, { article: articleId, text: 'x', verdict: 'true' }, { article: articleId, text: 'x', evidence: [{ url: 'javascript:alert(1)' }] }, { article: -5, text: 'x' }]) {
    add('claim', 'POST', 'claims', body)
  }

  const injections = [
    'where[title][$ne]=x', 'where[$where]=1', 'where[title][$regex]=.*', 'where[or][0][_status][equals]=draft', 'where[_status][not_equals]=published',
    'where[createdBy.email][exists]=true', 'where[createdBy.hash][exists]=true', 'where[createdBy.salt][like]=a', 'where[createdBy.password][equals]=x',
    'where[and][0][or][0][title][like]=%', "where[title][like]=' OR 1=1 --", 'where[title][in]=a,b,c', 'where[title][in][$gt]=', 'where[id][equals]=1; DROP TABLE articles',
    'where[title][near]=1,2', 'where[title][within]=x', 'where[title][all]=x', 'where[body][equals][root]=x', 'where[history.note][exists]=true', 'where[factCheckNotes][like]=a',
    'sort=password', 'sort=-hash', 'sort=createdBy.email', 'sort=factCheckNotes', 'sort=;DROP', 'sort[$gt]=1',
    'depth=99999', 'depth=-1', 'depth=abc', 'depth[$gt]=1', 'limit=-5', 'limit=1e9', 'limit=abc', 'page=0', 'page=-1', 'page=99999999',
    'draft=true', 'draft=1', 'locale=*', 'locale=../../etc', 'fallback-locale=$ne', 'select[hash]=true', 'select[createdBy][salt]=true', 'populate[users][hash]=true', 'joins[comments][limit]=-1',
  ]
  for (const query of injections) {
    for (const collection of ['articles', 'users', 'claims', 'search-entries', 'comments']) {
      cases.push({ name: `GET ${collection}?${query}`, send: () => restRequest(config, 'GET', `${collection}?${query}`) })
    }
  }
  const deepWhere = `where${'[and][0]'.repeat(200)}[title][equals]=x`
  cases.push({ name: 'deep where', send: () => restRequest(config, 'GET', `articles?${deepWhere}`) })
  const nestedArrays = `{"title": ${'['.repeat(5000)}${']'.repeat(5000)}}`
  add('nested arrays', 'POST', 'articles?draft=true', nestedArrays)
  add('huge body', 'POST', 'articles?draft=true', JSON.stringify({ title: 'كبير', dek: 'ن'.repeat(3_000_000) }))
  add('many keys', 'PATCH', `articles/${articleId}?draft=true`, JSON.stringify(Object.fromEntries(Array.from({ length: 20_000 }, (_, index) => [`k${index}`, index]))))

  for (const id of ['abc', '-1', '0', '9999999999999999999999', '0x10', '%00', '..%2Fusers', '1e3', '1.5', "1'--", '1%20OR%201=1', '%D9%A1', 'null', 'undefined', '[object Object]']) {
    for (const method of ['GET', 'PATCH', 'DELETE'] as const) add('invalid id', method, `articles/${id}`, method === 'PATCH' ? { title: 'x' } : undefined)
    add('invalid id', 'GET', `users/${id}`, undefined, false)
  }
  return cases
}

function graphqlCases(): Case[] {
  const queries = [
    '{', '{ Articles { docs { title }', 'query { Articles(where: { title: { $ne: "x" } }) { docs { title } } }', '{ Articles(limit: "x") { docs { id } } }',
    '{ Articles(limit: -1) { docs { id } } }', '{ Articles(page: 0) { docs { id } } }', '{ Users { docs { email hash salt } } }', '{ Users { docs { email } } }',
    '{ Articles(draft: true, where: { _status: { equals: draft } }) { docs { title } } }', '{ Articles(sort: "password") { docs { id } } }',
    `{ ${Array.from({ length: 500 }, (_, index) => `a${index}: Articles { docs { id } }`).join(' ')} }`,
    `{ Articles { docs { ${'createdBy { '.repeat(40)}id${' }'.repeat(40)} } } }`,
    'query { Articles { docs { ...A } } } fragment A on Article { id ...A }',
    'mutation { createArticle(data: { title: 12 }) { id } }', 'mutation { createArticle(data: { title: "عنوان\u202Eمقلوب" }) { id } }',
    `mutation { updateArticle(id: ${articleId}, data: { stage: published }) { id } }`, 'mutation { deleteArticle(id: 999999) { id } }',
    `mutation { updateArticle(id: ${articleId}, data: { title: "${'ج'.repeat(5000)}" }) { id } }`,
    ...BIDI.map((mark) => `mutation { updateArticle(id: ${articleId}, data: { title: "عنوان${mark}مقلوب" }) { id } }`),
    'mutation { loginUser(email: "admin@mirsad.test", password: { $ne: "" }) { token } }', 'mutation { unlockUser(email: "admin@mirsad.test") }',
    'mutation { forgotPasswordUser(email: 12) }', '{ __type(name: "User") { fields { name } } }', 'subscription { x }', '{ Articles { docs { id } } } { Articles { docs { id } } }',
    'query($id: Int!) { Article(id: $id) { title } }', '{ Article(id: "abc") { title } }', '{ Article(id: -1) { title } }', '{ SearchEntries { docs { bodyNorm } } }',
  ]
  const cases: Case[] = []
  for (const query of queries) {
    for (const signedIn of [false, true]) {
      cases.push({ name: `GraphQL ${signedIn ? 'writer' : 'anonymous'} ${query.slice(0, 60)}`, send: () => graphqlRequest(config, query, signedIn ? asWriter() : {}) })
    }
  }
  for (const body of ['{', '[]', 'null', '{"query": 12}', '{"query": ["x"]}', '{"query": "{ Articles { docs { id } } }", "variables": "x"}', '{"query": "{ x }", "operationName": {}}']) {
    cases.push({ name: `GraphQL raw ${body}`, send: () => postRawGraphQL(body) })
  }
  return cases
}

async function postRawGraphQL(body: string) {
  const { POST } = await import('@/app/(payload)/api/graphql/route')
  return POST(new Request('http://localhost/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body }))
}

describe('fuzzing REST and GraphQL', () => {
  it('should answer every bad input without a server error or a leak, explain every refusal, and change nothing', async () => {
    const cases = [...restCases(), ...graphqlCases()]
    expect(cases.length).toBeGreaterThanOrEqual(500)
    const before = await contentHash()
    const failures: string[] = []
    for (const { name, send } of cases) {
      const response = await send().catch((error: Error) => new Response(error.message, { status: 599 }))
      const text = await response.text()
      if (process.env.FUZZ_DEBUG && response.status < 400 && !name.startsWith('GET') && !/"errors"/.test(text)) console.log('ACCEPTED', response.status, name.slice(0, 150))
      if (response.status >= 500) failures.push(`${response.status} ${name}: ${text.slice(0, 120)}`)
      if (/"(hash|salt)"\s*:\s*"/.test(text)) failures.push(`leaked a secret field: ${name}: ${text.slice(0, 200)}`)
      if (response.status >= 400 && response.status < 500 && !/"(message|errors)"/.test(text)) failures.push(`${response.status} without a message: ${name}`)
    }
    if (failures.length) console.log(`[fuzz failures]\n${failures.join("\n")}`)
    expect(failures).toEqual([])
    expect(await contentHash()).toEqual(before)
    console.log(`[fuzz] ${cases.length} bad inputs: no server error, no secret leaked, every refusal explained, content unchanged`)
  }, 300_000)
})
