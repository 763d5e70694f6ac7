import { expect, type APIRequestContext, test } from '@playwright/test'

import { sessionAs } from './helpers/admin'
import { api, idOf, publishArticle } from './helpers/newsroom'
import { accounts } from './helpers/urls'

// Pages come from Next's cache; publishing, unpublishing and a new slug reach readers within seconds.

const within = { timeout: 10_000, intervals: [250, 500, 1000] }

const textOf = async (request: APIRequestContext, path: string) => {
  const response = await request.get(path, { maxRedirects: 0, failOnStatusCode: false })
  return { status: response.status(), text: await response.text(), location: response.headers().location }
}

test('publishing, unpublishing and renaming reach the cached pages and the feed at once', async ({ browser, baseURL, request }) => {
  const editor = await sessionAs(browser, baseURL!, accounts.editor)
  const sahel = await idOf(editor, 'sections', 'slug', 'الساحل')
  const sectionPath = `/ar/sections/${encodeURIComponent('الساحل')}`
  const title = `خبر يُنشر ويُسحب ${Date.now().toString(36)}`

  // Warm the cache first, so what follows proves revalidation rather than a first render.
  for (const path of ['/ar', sectionPath, '/ar/feed.xml']) {
    expect((await textOf(request, path)).text).not.toContain(title)
    expect((await textOf(request, path)).status).toBe(200)
  }
  const first = await textOf(request, '/ar')
  expect((await textOf(request, '/ar')).text).toBe(first.text)

  const { id, slug } = await publishArticle(editor, { title, body: 'فقرة أولى من خبر قصير.', section: sahel })
  const articlePath = `/ar/articles/${encodeURIComponent(slug)}`
  for (const path of ['/ar', sectionPath, '/ar/feed.xml', articlePath]) {
    await expect.poll(async () => (await textOf(request, path)).text, { ...within, message: path }).toContain(title)
  }

  await test.step('a new slug: the old address redirects to the new one', async () => {
    const renamed = `${slug}-محدث`
    await api(editor, 'patch', `/api/articles/${id}`, { slug: renamed, _status: 'published' })
    const newPath = `/ar/articles/${encodeURIComponent(renamed)}`
    await expect.poll(async () => (await textOf(request, newPath)).status, within).toBe(200)
    await expect.poll(async () => {
      const old = await textOf(request, articlePath)
      return `${old.status} ${decodeURIComponent(old.location ?? '')}`
    }, within).toMatch(new RegExp(`^30[178] .*/ar/articles/${renamed}$`))
  })

  await test.step('unpublished: gone from the home page, the section and the feed; its page answers 404', async () => {
    const current = (await api<{ slug: string }>(editor, 'get', `/api/articles/${id}?depth=0`)).slug
    await api(editor, 'patch', `/api/articles/${id}`, { _status: 'draft' })
    for (const path of ['/ar', sectionPath, '/ar/feed.xml']) {
      await expect.poll(async () => (await textOf(request, path)).text, { ...within, message: path }).not.toContain(title)
    }
    await expect.poll(async () => (await textOf(request, `/ar/articles/${encodeURIComponent(current)}`)).status, within).toBe(404)
  })
  await editor.context().close()
})
