import { type APIRequestContext, expect, type Page } from '@playwright/test'

import { lexicalFromText } from '../../src/lib/lexical'

type Json = Record<string, unknown>

/** Reads are sent again when the server closed the idle kept-alive connection they went out on (ECONNRESET). */
const READ_RETRIES = 2

/** A REST call with the page's session that must succeed; returns the JSON answer. */
export async function api<T = Json>(page: Page, method: 'get' | 'post' | 'patch' | 'delete', url: string, data?: Json): Promise<T> {
  const response = await page.request[method](url, { ...(data ? { data } : {}), maxRetries: method === 'get' ? READ_RETRIES : 0 })
  expect(response.ok(), `${method} ${url}: ${await response.text()}`).toBe(true)
  return (await response.json()) as T
}

/** The id of a document found by one field, through the page's session. */
export async function idOf(page: Page, collection: string, field: string, value: string): Promise<number> {
  const { docs } = await api<{ docs: { id: number }[] }>(page, 'get', `/api/${collection}?where[${field}][equals]=${encodeURIComponent(value)}&depth=0&limit=1`)
  expect(docs.length, `${collection} with ${field} = ${value}`).toBe(1)
  return docs[0].id
}

/**
 * Setup for specs where an editor publishes in the admin: an article taken through the workflow by an editor (the
 * detector run and its proposals set aside, approved without the fact-checker with the reason that needs), ready
 * to publish; returns its id.
 */
export async function approveArticle(editor: Page, fields: Json & { title: string; body: string }): Promise<{ id: number }> {
  const { body, ...rest } = fields
  const { doc } = await api<{ doc: { id: number } }>(editor, 'post', '/api/articles?draft=true', { ...rest, body: lexicalFromText(body) })
  await api(editor, 'patch', `/api/articles/${doc.id}?draft=true`, { stage: 'inEdit' })
  const { proposals } = await api<{ proposals: { sentence: string }[] }>(editor, 'post', `/api/articles/${doc.id}/detect-claims`)
  for (const { sentence } of proposals) await api(editor, 'post', `/api/articles/${doc.id}/dismiss-proposal`, { sentence })
  await api(editor, 'patch', `/api/articles/${doc.id}?draft=true`, { stage: 'approved', transitionNote: 'إعداد اختبار: خبر بلا ادعاءات' })
  return { id: doc.id }
}

/** Setup for specs about the reader's side: an article approved as above and published; returns its id and slug. */
export async function publishArticle(editor: Page, fields: Json & { title: string; body: string }): Promise<{ id: number; slug: string }> {
  const { id } = await approveArticle(editor, fields)
  const published = await api<{ doc: { id: number; slug: string } }>(editor, 'patch', `/api/articles/${id}`, { _status: 'published' })
  return { id: published.doc.id, slug: published.doc.slug }
}

/** Cleanup: removes an article a test made, unpublished first (a published article is never deleted). */
export async function removeArticle(request: APIRequestContext, id: number) {
  const live = await request.get(`/api/articles/${id}?depth=0`, { maxRetries: READ_RETRIES })
  if (live.ok() && ((await live.json()) as { _status?: string })._status === 'published') {
    const unpublished = await request.patch(`/api/articles/${id}?overrideLock=true`, { data: { _status: 'draft' } })
    expect(unpublished.ok(), await unpublished.text()).toBe(true)
  }
  const deleted = await request.delete(`/api/articles/${id}?overrideLock=true`)
  expect(deleted.ok(), `delete article ${id}: ${await deleted.text()}`).toBe(true)
}
