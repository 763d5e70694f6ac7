import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { searchArticles } from '@/data/search'
import { settleAfterCommitWork } from '@/db/afterCommit'
import { lexicalFromText } from '@/lib/lexical'
import type { User } from '@/payload-types'

import { addUser, initTestPayload, publishAs, type TestPayload } from './helpers/payload'

// Search reads an index the server keeps in step with what readers can see; one normal form on both sides.

let t: TestPayload
let editor: User

beforeAll(async () => {
  t = await initTestPayload()
  await addUser(t.payload, 'admin@mirsad.test', 'admin')
  editor = await addUser(t.payload, 'editor@mirsad.test', 'editor')
})

afterAll(async () => {
  await t?.cleanup()
})

/** Searches once every save so far has been indexed (the index is written after each save commits). */
async function searchAfterSaves(...args: Parameters<typeof searchArticles>) {
  await settleAfterCommitWork()
  return searchArticles(...args)
}

const publish = (fields: { title: string; body: string } & Record<string, unknown>) => publishAs(t.payload, editor, fields)

const titles = async (query: string) => (await searchAfterSaves('ar', query)).hits.map((hit) => hit.title.map((piece) => piece.text).join(''))

describe('reader search', () => {
  it('should find Arabic whatever the spelling of hamza, taa marbuta, tashkeel and digits', async () => {
    await publish({ title: 'افتتاح مدرسة في أطراف المدينة', body: 'استقبلت المدرسة ٤٠ تلميذًا في يومها الأول، بحسب مديرها أحمد.' })
    for (const query of ['مدرسه', 'مَدْرَسَة', 'اطراف', 'احمد', '40', '٤٠', 'تلميذا']) {
      expect(await titles(query), query).toContain('افتتاح مدرسة في أطراف المدينة')
    }
  })

  it('should rank a match in the title above one in the body, and mark it', async () => {
    await publish({ title: 'قافلة إغاثة تصل إلى الحدود', body: 'وصلت الشاحنات صباحًا.' })
    await publish({ title: 'أسعار الوقود ترتفع', body: 'تأخرت قافلة واحدة بسبب نقص الوقود في المحطات.' })
    const results = await searchAfterSaves('ar', 'قافله')
    expect(results.hits.map((hit) => hit.title.map((piece) => piece.text).join(''))).toEqual(['قافلة إغاثة تصل إلى الحدود', 'أسعار الوقود ترتفع'])
    expect(results.hits[0].title.find((piece) => piece.match)?.text).toBe('قافلة')
    expect(results.hits[1].excerpt.find((piece) => piece.match)?.text).toBe('قافلة')
  })

  it('should need every word of a query, and find nothing for an empty or punctuation-only one', async () => {
    await publish({ title: 'سوق الماشية في موسم الجفاف', body: 'ارتفع سعر الأغنام.' })
    expect(await titles('سوق الاغنام')).toEqual(['سوق الماشية في موسم الجفاف'])
    expect(await titles('سوق السمك')).toEqual([])
    expect((await searchAfterSaves('ar', '')).terms).toEqual([])
    expect((await searchAfterSaves('ar', '%_"\'')).hits).toEqual([])
    // Full-text query syntax in a query is only text to look for.
    expect(await titles('"سوق" OR الجفاف*')).toEqual([])
    expect(await titles('سوق NEAR(الماشيه)')).toEqual([])
    expect(await titles('"سوق الماشيه"')).toEqual(['سوق الماشية في موسم الجفاف'])
  })

  it('should find an article by any name of its place, and follow a place renamed', async () => {
    const place = await t.payload.create({ collection: 'places', data: { name: 'تمبكتو', nameFr: 'Tombouctou', aliases: [{ alias: 'Timbuktu' }] } })
    await publish({ title: 'مخطوطات تعود إلى المكتبات', body: 'أعيدت المخطوطات بعد ترميمها.', places: [place.id] })
    for (const query of ['Timbuktu', 'tombouctou', 'تمبكتو']) expect(await titles(query), query).toEqual(['مخطوطات تعود إلى المكتبات'])
    await t.payload.update({ collection: 'places', id: place.id, data: { aliases: [{ alias: 'Tumbutu' }] } })
    expect(await titles('Timbuktu')).toEqual([])
    expect(await titles('Tumbutu')).toEqual(['مخطوطات تعود إلى المكتبات'])
  })

  it('should search the claims readers can see, not those still unverified', async () => {
    const article = await publish({ title: 'بيان عن الحصيلة', body: 'نشرت الجماعة بيانًا.' })
    await t.payload.create({ collection: 'claims', data: { article: article.id, text: 'أسرنا قائد الكتيبة', verdict: 'attributed', named: false, unnamedDescription: 'بيان', unnamedReason: 'مجهول' } })
    await t.payload.create({ collection: 'claims', data: { article: article.id, text: 'دمرنا المطار', verdict: 'unverified' } })
    expect(await titles('الكتيبه')).toEqual(['بيان عن الحصيلة'])
    expect(await titles('المطار')).toEqual([])
  })

  it('should never find a draft, an article under embargo, or one taken down', async () => {
    await t.payload.create({ collection: 'articles', data: { title: 'مسودة عن السدود', body: lexicalFromText('السدود') as never } as never, draft: true })
    await publish({ title: 'سدود تحت الحظر', body: 'السدود', embargoUntil: new Date(Date.now() + 86_400_000).toISOString() })
    const gone = await publish({ title: 'سدود سُحب خبرها', body: 'السدود' })
    expect(await titles('السدود')).toEqual(['سدود سُحب خبرها'])
    await t.payload.update({ collection: 'articles', id: gone.id, data: { _status: 'draft' }, user: editor, overrideAccess: false })
    expect(await titles('السدود')).toEqual([])
  })

  it('should keep the index out of reach of every API', async () => {
    await expect(t.payload.find({ collection: 'search-entries', overrideAccess: false, user: editor })).rejects.toThrow()
    await expect(t.payload.find({ collection: 'search-entries', overrideAccess: false })).rejects.toThrow()
  })
})
