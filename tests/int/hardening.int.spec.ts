import config from '@payload-config'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { graphqlRequest, restRequest } from './helpers/clients'
import { serveAPI } from './helpers/http-api'
import { addUser, initTestPayload, TEST_PASSWORD, type TestPayload, tokenFor } from './helpers/payload'

// The doors an attacker tries first: sign-in guessing, stolen or stale tokens, forged cross-site requests,
// queries built to exhaust the server.

let t: TestPayload

beforeAll(async () => {
  t = await initTestPayload()
  await addUser(t.payload, 'admin@mirsad.test', 'admin')
  await addUser(t.payload, 'editor@mirsad.test', 'editor')
  await addUser(t.payload, 'victim@mirsad.test', 'writer')
})

afterAll(async () => {
  await t?.cleanup()
})

const login = (email: string, password: string) => restRequest(config, 'POST', 'users/login', { body: { email, password } })

describe('signing in', () => {
  it('should lock an account at the sixth wrong password in a row, even for the right one after it', async () => {
    for (let attempt = 1; attempt <= 5; attempt++) expect((await login('victim@mirsad.test', `guess-${attempt}`)).status).toBe(401)
    const locked = await login('victim@mirsad.test', TEST_PASSWORD)
    expect(locked.status).toBe(401)
    expect(JSON.stringify(await locked.json())).toMatch(/locked|قفل/i)
  })

  it('should answer 429, in Arabic and English, once one address tries too often, and only that address', async () => {
    // Over a real socket, behind a proxy on loopback that names the client (see tests/int/hostile-inputs for forgeries).
    const api = await serveAPI()
    process.env.TRUSTED_PROXIES = '127.0.0.1,::1'
    const from = (ip: string, email: string, password: string) =>
      fetch(`${api.url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': ip }, body: JSON.stringify({ email, password }) })
    try {
      let last: Response | undefined
      for (let attempt = 0; attempt < 31; attempt++) last = await from('203.0.113.7', `nobody-${attempt}@mirsad.test`, 'wrong')
      expect(last!.status).toBe(429)
      const message = JSON.stringify(await last!.json())
      expect(message).toContain('محاولات كثيرة')
      expect(message).toContain('Too many attempts')
      expect((await from('203.0.113.8', 'editor@mirsad.test', TEST_PASSWORD)).status).toBe(200)
    } finally {
      delete process.env.TRUSTED_PROXIES
      await api.close()
    }
  })

  it('should set the session cookie HttpOnly and SameSite', async () => {
    const response = await login('editor@mirsad.test', TEST_PASSWORD)
    const cookie = response.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/payload-token=/)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
  })

  it('should make a token useless once its holder logs out', async () => {
    const { token } = (await (await login('editor@mirsad.test', TEST_PASSWORD)).json()) as { token: string }
    const auth = { authorization: `JWT ${token}` }
    expect(((await (await restRequest(config, 'GET', 'users/me', { headers: auth })).json()) as { user: unknown }).user).not.toBeNull()
    expect((await restRequest(config, 'POST', 'users/logout', { headers: auth })).status).toBe(200)
    expect(((await (await restRequest(config, 'GET', 'users/me', { headers: auth })).json()) as { user: unknown }).user).toBeNull()
    expect((await restRequest(config, 'POST', 'articles?draft=true', { headers: auth, body: { title: 'بعد الخروج' } })).status).toBe(403)
  })
})

describe('cross-site requests', () => {
  it('should ignore the session cookie on a request from a foreign origin', async () => {
    const cookie = ((await login('editor@mirsad.test', TEST_PASSWORD)).headers.get('set-cookie') ?? '').split(';')[0]
    const create = (origin: string) => restRequest(config, 'POST', 'articles?draft=true', { headers: { cookie, origin }, body: { title: `من ${origin}` } })
    expect((await create('https://evil.example')).status).toBe(403)
    expect((await create('http://localhost:3000')).status).toBe(201)
  })
})

describe('GraphQL', () => {
  it('should refuse a query nested deeper than eight fields, naming why', async () => {
    // Depth is counted on the query's shape, before any field is resolved (or even known).
    const nested = (levels: number) => `{ Articles { docs { ${'createdBy { '.repeat(levels)}id${' }'.repeat(levels)} } } }`
    const shallow = await (await graphqlRequest(config, nested(2))).json()
    expect(JSON.stringify(shallow)).not.toContain('nested too deeply')
    // Staff meet the general limit; anonymous readers a lower one (tests/int/hostile-inputs.int.spec.ts).
    const asEditor = { authorization: `JWT ${await tokenFor(t.payload, 'editor@mirsad.test')}` }
    const deep = await (await graphqlRequest(config, nested(7), asEditor)).json()
    expect(JSON.stringify(deep)).toContain('nested too deeply')
    expect(JSON.stringify(deep)).toContain('أعمق من المسموح')
  })

  it('should refuse a fragment that spreads itself with a 400, where Payload would overflow its stack', async () => {
    const query = `query { Articles { docs { ...A } } } fragment A on Article { createdBy { ...B } } fragment B on User { id ...A }`
    const response = await graphqlRequest(config, query)
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toMatch(/spreads itself/)
    const deep = `query { Articles { docs { ...A } } } fragment A on Article { createdBy { articles: id createdAt ${'createdBy { '.repeat(0)} } section { ...B } } fragment B on Section { name }`
    expect((await graphqlRequest(config, deep)).status).toBe(200)
  })
})
