import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalFromText } from '@/lib/lexical'

import { initTestPayload, type TestPayload } from './helpers/payload'

let t: TestPayload

beforeAll(async () => {
  t = await initTestPayload()
})

afterAll(async () => {
  await t?.cleanup()
})

const createArticle = (data: Record<string, unknown>, draft = false) =>
  t.payload.create({
    collection: 'articles',
    data: { _status: draft ? 'draft' : 'published', body: lexicalFromText('نص قصير.') as never, ...data } as never,
    draft,
  })

describe('article slugs', () => {
  it('should generate a slug that keeps the Arabic letters of the title', async () => {
    const article = await createArticle({ title: 'هجوم على معسكر جورا في موبتي' })
    expect(article.slug).toBe('هجوم-على-معسكر-جورا-في-موبتي')
  })

  it('should strip tashkeel and tatweel from the generated slug', async () => {
    const article = await createArticle({ title: 'مقتلُ أربعيـــن جنديًّا' })
    expect(article.slug).toBe('مقتل-أربعين-جنديا')
  })

  it('should number the slug when another article already has it', async () => {
    const first = await createArticle({ title: 'بيان ثان للجماعة' })
    const second = await createArticle({ title: 'بيانٌ ثانٍ للجماعة' })
    expect(first.slug).toBe('بيان-ثان-للجماعة')
    expect(second.slug).toBe('بيان-ثان-للجماعة-2')
  })

  it('should not change the slug of a published article when its title changes', async () => {
    const article = await createArticle({ title: 'عنوان أول للخبر' })
    const retitled = await t.payload.update({ collection: 'articles', id: article.id, data: { title: 'عنوان معدل للخبر' } })
    expect(retitled.slug).toBe('عنوان-أول-للخبر')
  })

  it('should give one address to a title in glyph forms, Persian letters or another digit script', async () => {
    const plain = await createArticle({ title: 'مقتل 12 جنديا في كمين' })
    // The same title as pasted from a PDF (presentation forms), typed on a Persian keyboard, and in Arabic-Indic digits.
    for (const [index, title] of ['ﻣﻘﺘﻞ 12 ﺟﻨﺪﻳﺎ ﻓﻲ ﻛﻤﻴﻦ', 'مقتل ۱۲ جندیا فی کمین', 'مقتل ١٢ جنديا في كمين'].entries()) {
      const variant = await createArticle({ title }, true)
      expect(variant.slug, title).toBe(`${plain.slug}-${index + 2}`)
    }
  })

  it('should keep the collision number inside the length cap', async () => {
    const title = `${'بيان مطول عن الاشتباكات '.repeat(6)}في الشمال`
    const first = await createArticle({ title })
    const second = await createArticle({ title })
    expect(first.slug!.length).toBeLessThanOrEqual(80)
    expect(second.slug!.length).toBeLessThanOrEqual(80)
    expect(second.slug).toMatch(/-2$/)
    expect(second.slug).not.toBe(first.slug)
  })

  it('should give a title with no letters a dated address, and keep it on later saves', async () => {
    const article = await createArticle({ title: '🔥🔥 !!!' }, true)
    expect(article.slug).toMatch(/^\d{4}-\d{2}-\d{2}-[0-9a-z]+$/)
    const saved = await t.payload.update({ collection: 'articles', id: article.id, data: { dek: 'تمهيد' }, draft: true })
    expect(saved.slug).toBe(article.slug)
    expect(() => encodeURIComponent(article.slug!)).not.toThrow()
  })

  it('should give a draft saved before its title was typed its title’s slug once the title comes', async () => {
    // What the admin does: the new article is saved on opening, then autosaved as the title is typed.
    const untitled = await createArticle({ title: '' }, true)
    expect(untitled.slug).toMatch(/^\d{4}-\d{2}-\d{2}-/)
    const titled = await t.payload.update({ collection: 'articles', id: untitled.id, data: { title: 'مراسلنا في تمبكتو', slug: untitled.slug }, draft: true })
    expect(titled.slug).toBe('مراسلنا-في-تمبكتو')
  })

  it('should keep a slug edited by hand, normalised', async () => {
    const article = await createArticle({ title: 'عنوان طويل عن زيارة كيدال' })
    const edited = await t.payload.update({
      collection: 'articles',
      id: article.id,
      data: { slug: 'زيارة كيدال!' },
    })
    expect(edited.slug).toBe('زيارة-كيدال')
  })

  it('should refuse a hand-typed slug that another article uses, in Arabic and English', async () => {
    await createArticle({ title: 'معرف محجوز' })
    const other = await createArticle({ title: 'مقال آخر تماما' })
    const error = await t.payload
      .update({ collection: 'articles', id: other.id, data: { slug: 'معرف-محجوز' } })
      .catch((caught: unknown) => caught)
    const fieldErrors = (error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors ?? []
    expect(fieldErrors).toMatchObject([
      { path: 'slug', message: expect.stringMatching(/مستخدم في مستند آخر[\s\S]*already used by another document/) },
    ])
  })
})

describe('publication date', () => {
  it('should stamp publishedAt on first publication and leave drafts undated', async () => {
    const draft = await createArticle({ title: 'مسودة بلا تاريخ' }, true)
    expect(draft.publishedAt ?? null).toBeNull()
    const published = await t.payload.update({
      collection: 'articles',
      id: draft.id,
      data: { _status: 'published' },
    })
    expect(published.publishedAt).toBeTruthy()
    expect(Date.now() - new Date(published.publishedAt!).getTime()).toBeLessThan(60_000)
  })

  it('should keep a publication date set by hand', async () => {
    const article = await createArticle({ title: 'تاريخ محدد', publishedAt: '2025-05-25T09:30:00.000Z' })
    expect(article.publishedAt).toBe('2025-05-25T09:30:00.000Z')
  })
})

describe('localised content', () => {
  it('should store an English title beside the Arabic one without touching the slug', async () => {
    const article = await createArticle({ title: 'زيارة وزير الدفاع' })
    await t.payload.update({ collection: 'articles', id: article.id, locale: 'en', data: { title: 'Defence minister visits' } })
    const [ar, en] = await Promise.all([
      t.payload.findByID({ collection: 'articles', id: article.id, locale: 'ar' }),
      t.payload.findByID({ collection: 'articles', id: article.id, locale: 'en' }),
    ])
    expect(ar.title).toBe('زيارة وزير الدفاع')
    expect(en.title).toBe('Defence minister visits')
    expect(en.slug).toBe('زيارة-وزير-الدفاع')
  })
})
