import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { searchArticles } from '@/data/search'
import { settleAfterCommitWork } from '@/db/afterCommit'
import { lexicalFromText } from '@/lib/lexical'
import type { User } from '@/payload-types'
import { reindexAllArticles } from '@/search/reindex'

import { addUser, initTestPayload, publishAs, type TestPayload } from './helpers/payload'

// Search by word and stem over the whole archive: whole words only, phrases in a row, the word being typed as a
// prefix, relevance first (title › standfirst › claims and places › body), newest first when asked.

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

const publish = (fields: { title: string; body: string } & Record<string, unknown>) => publishAs(t.payload, editor, fields)

async function search(query: string, options: { locale?: 'ar' | 'en'; page?: number; order?: 'relevance' | 'newest' } = {}) {
  await settleAfterCommitWork()
  return searchArticles(options.locale ?? 'ar', query, options.page ?? 1, options.order ?? 'relevance')
}

const titles = async (...args: Parameters<typeof search>) => (await search(...args)).hits.map((hit) => hit.title.map((piece) => piece.text).join(''))
const marked = (pieces: { text: string; match: boolean }[]) => pieces.filter((piece) => piece.match).map((piece) => piece.text)

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString()

describe('search by whole words', () => {
  beforeAll(async () => {
    await publish({ title: 'زيارة إلى المدينة القديمة', body: 'تحدث وفد من المسلمين عن ترميم الأسوار في المدينة.' })
    await publish({ title: 'حوار عن الدين والمجتمع', body: 'ندوة في الجامعة.' })
    await publish({ title: 'تسليم الأسلحة في كيدال', body: 'اتفاق على تسليم السلاح.' })
  })

  it('should not find a word inside a longer one («دين» in «مدينة», «سلم» in «المسلمين»)', async () => {
    expect(await titles('دين ')).toEqual(['حوار عن الدين والمجتمع'])
    expect(await titles('سلم ')).toEqual([])
    expect(await titles('سور ')).toEqual([])
  })

  it('should find the word itself as a whole word', async () => {
    expect(await titles('الدين ')).toEqual(['حوار عن الدين والمجتمع'])
    expect(await titles('تسليم')).toEqual(['تسليم الأسلحة في كيدال'])
  })

  it('should mark the whole original word, with its diacritics, that matched', async () => {
    await publish({ title: 'مَدْرَسَةٌ تُفْتَحُ في جورا', body: 'افتتحت المدرسة أبوابها.' })
    const [hit] = (await search('مدرسه ')).hits
    expect(marked(hit.title)).toEqual(['مَدْرَسَةٌ'])
  })
})

describe('search by stem (follows src/lib/arabic/analyze)', () => {
  // The pairs of issue #14: each form finds the report written with the other, both ways.
  const pairs: [string, string][] = [
    ['بالمعسكر', 'المعسكر'],
    ['المراقبين', 'مراقبون'],
    ['مدرعة', 'مدرعات'],
    ['هوية', 'هويتها'],
    ['القارئ', 'للقارئ'],
  ]

  beforeAll(async () => {
    for (const [index, [one, other]] of pairs.entries()) {
      await publish({ title: `تقرير الزوج ${index + 1} الأول`, body: `وردت كلمة ${one} في هذا النص.` })
      await publish({ title: `تقرير الزوج ${index + 1} الثاني`, body: `وردت كلمة ${other} في هذا النص.` })
    }
  })

  for (const [index, [one, other]] of pairs.entries()) {
    it(`should find «${one}» by «${other}» and «${other}» by «${one}»`, async () => {
      expect(await titles(`${other} `), other).toContain(`تقرير الزوج ${index + 1} الأول`)
      expect(await titles(`${one} `), one).toContain(`تقرير الزوج ${index + 1} الثاني`)
    })
  }

  it('should mark the inflected word whole («بالمعسكر» for «المعسكر»)', async () => {
    const hit = (await search('المعسكر ')).hits.find((entry) => entry.title.map((piece) => piece.text).join('') === 'تقرير الزوج 1 الأول')
    expect(hit && marked(hit.excerpt)).toEqual(['بالمعسكر'])
  })

  it('should find text pasted in other spellings: hamza seats, Persian letters, presentation forms', async () => {
    await publish({ title: 'المسؤول عن الشؤون المحلية', body: 'قال المسؤول إن ﻻ شيء تغير في كيدال.' })
    for (const query of ['المسئول ', 'الشئون ', 'المسؤول ', 'ﺍﻟﻤﺴﺆﻭﻝ ']) expect(await titles(query), query).toEqual(['المسؤول عن الشؤون المحلية'])
    await publish({ title: 'اجتماع في مدينة كيدال', body: 'نص.' })
    expect(await titles('کیدال '), 'Persian kaf and yeh').toContain('اجتماع في مدينة كيدال')
  })
})

describe('phrases and the word being typed', () => {
  beforeAll(async () => {
    await publish({ title: 'سوق الماشية في موسم الجفاف', body: 'ارتفع سعر الأغنام.' })
    await publish({ title: 'موسم الأمطار يتأخر', body: 'وتخشى القرى الجفاف بعد موسم سيئ.' })
    await publish({ title: 'مخطوطات تمبكتو تعود', body: 'أعيدت المخطوطات.' })
  })

  it('should need a quoted phrase in a row and in order', async () => {
    expect(await titles('"موسم الجفاف"')).toEqual(['سوق الماشية في موسم الجفاف'])
    expect(await titles('«موسم الجفاف»')).toEqual(['سوق الماشية في موسم الجفاف'])
    expect(await titles('"الجفاف موسم"')).toEqual([])
    expect((await titles('موسم الجفاف ')).sort()).toEqual(['سوق الماشية في موسم الجفاف', 'موسم الأمطار يتأخر'].sort())
  })

  it('should read the last word as the start of a longer one until a space or a quote follows it', async () => {
    expect(await titles('تمبك')).toEqual(['مخطوطات تمبكتو تعود'])
    expect(await titles('مخطوطات تمبك')).toEqual(['مخطوطات تمبكتو تعود'])
    expect(await titles('تمبك ')).toEqual([])
    expect(await titles('"تمبك"')).toEqual([])
    // Only the last word: an earlier one is finished.
    expect(await titles('تمبك مخطوطات')).toEqual([])
    const [hit] = (await search('تمبك')).hits
    expect(marked(hit.title)).toEqual(['تمبكتو'])
  })

  it('should rank the finished word above longer words that only begin with it', async () => {
    await publish({ title: 'أخبار الوقودية', body: 'نص.' })
    await publish({ title: 'أخبار الوقود', body: 'نص.' })
    expect((await titles('الوقود'))[0]).toBe('أخبار الوقود')
  })
})

describe('ranking over the whole archive', () => {
  beforeAll(async () => {
    await publish({ title: 'قافلة الملح تعبر الصحراء', body: 'وصلت الإبل.', publishedAt: daysAgo(400) })
    await publish({ title: 'أسعار الخبز في غاو', body: 'وتأخرت قافلة الملح هذا الأسبوع بسبب الأمطار.', publishedAt: daysAgo(2) })
    // Many newer reports with the word in their bodies only: the older one must not fall out of a newest window.
    for (let n = 0; n < 12; n++) await publish({ title: `يوميات السوق ${n + 1}`, body: 'ذكر التجار الملح مرة واحدة.', publishedAt: daysAgo(1) })
  })

  it('should rank an older report with the word in its title above a newer one with it only in the body', async () => {
    expect(await titles('قافلة ')).toEqual(['قافلة الملح تعبر الصحراء', 'أسعار الخبز في غاو'])
    // Twelve newer reports hold «الملح» in their bodies only: the old title still comes first.
    expect((await titles('الملح '))[0]).toBe('قافلة الملح تعبر الصحراء')
  })

  it('should count every match and page through them', async () => {
    const first = await search('الملح ')
    expect(first.total).toBe(14)
    expect(first.totalPages).toBe(2)
    const second = await search('الملح ', { page: 2 })
    expect(second.hits).toHaveLength(4)
    const all = [...first.hits, ...second.hits].map((hit) => hit.slug)
    expect(new Set(all).size).toBe(14)
    expect((await search('الملح ', { page: 99 })).page).toBe(2)
  })

  it('should put the newest first with ?sort=newest', async () => {
    const newest = await search('قافلة ', { order: 'newest' })
    expect(newest.order).toBe('newest')
    expect(newest.hits.map((hit) => hit.title.map((piece) => piece.text).join(''))).toEqual(['أسعار الخبز في غاو', 'قافلة الملح تعبر الصحراء'])
    const dates = (await search('الملح ', { order: 'newest' })).hits.map((hit) => hit.publishedAt ?? '')
    expect(dates).toEqual([...dates].sort().reverse())
  })

  it('should weigh the standfirst above the body, and claims above the body', async () => {
    await publish({ title: 'تقرير أول', body: 'نص عن الدخن.' })
    await publish({ title: 'تقرير ثان', dek: 'محصول الدخن هذا العام.', body: 'نص.' })
    expect(await titles('الدخن ')).toEqual(['تقرير ثان', 'تقرير أول'])
  })
})

describe('what readers may not see', () => {
  it('should never find a draft, an embargoed report, a report taken down, or another locale’s text', async () => {
    await t.payload.create({ collection: 'articles', data: { title: 'مسودة عن الصمغ', body: lexicalFromText('الصمغ العربي') as never } as never, draft: true })
    await publish({ title: 'الصمغ تحت الحظر', body: 'الصمغ العربي', embargoUntil: new Date(Date.now() + 86_400_000).toISOString() })
    const gone = await publish({ title: 'الصمغ في الأسواق', body: 'الصمغ العربي' })
    const shown = await publish({ title: 'حصاد الصمغ العربي', body: 'الصمغ العربي' })
    await t.payload.update({ collection: 'articles', id: shown.id, locale: 'en', data: { title: 'Gum arabic harvest', dek: 'Acacia gum' }, user: editor, overrideAccess: false })
    expect((await titles('الصمغ ')).sort()).toEqual(['الصمغ في الأسواق', 'حصاد الصمغ العربي'].sort())
    expect(await titles('الصمغ', { order: 'newest' })).not.toContain('الصمغ تحت الحظر')
    expect(await titles('acacia', { locale: 'en' })).toEqual(['Gum arabic harvest'])
    expect(await titles('acacia', { locale: 'ar' })).toEqual([])
    await t.payload.update({ collection: 'articles', id: gone.id, data: { _status: 'draft' }, user: editor, overrideAccess: false })
    expect(await titles('الصمغ ')).toEqual(['حصاد الصمغ العربي'])
  })
})

describe('result pages kept in memory', () => {
  it('should show a report published, corrected or taken down since the same words were last asked for', async () => {
    const first = await publish({ title: 'قافلة الملح تصل إلى تاودني', body: 'وصلت قافلة الملح.' })
    expect(await titles('تاودني ')).toEqual(['قافلة الملح تصل إلى تاودني'])
    // The same words again, unchanged: the same page, not worked out again.
    expect(await search('تاودني ')).toBe(await search('تاودني '))
    await publish({ title: 'الملح في أسواق تاودني', body: 'أسعار الملح.' })
    expect((await titles('تاودني ')).sort()).toEqual(['الملح في أسواق تاودني', 'قافلة الملح تصل إلى تاودني'].sort())
    await t.payload.update({ collection: 'articles', id: first.id, data: { title: 'قافلة الملح تبلغ تاودني' }, user: editor, overrideAccess: false })
    expect((await titles('تاودني ')).sort()).toEqual(['الملح في أسواق تاودني', 'قافلة الملح تبلغ تاودني'].sort())
    await t.payload.update({ collection: 'articles', id: first.id, data: { _status: 'draft' }, user: editor, overrideAccess: false })
    expect(await titles('تاودني ')).toEqual(['الملح في أسواق تاودني'])
  })

  it('should show an embargoed report once its embargo ends, though its words were asked for before', async () => {
    const ends = Date.now() + 1500
    await publish({ title: 'نتائج امتحانات تينزاواتين', body: 'النتائج.', embargoUntil: new Date(ends).toISOString() })
    expect(await titles('تينزاواتين ')).toEqual([])
    // Nothing is written to the index meanwhile: only the clock moves.
    while (Date.now() <= ends) await new Promise((resolve) => setTimeout(resolve, 100))
    expect(await titles('تينزاواتين ')).toEqual(['نتائج امتحانات تينزاواتين'])
  })

  it('should follow an entry written by another process (a reindex, another instance), not only this one’s saves', async () => {
    await publish({ title: 'سوق الإبل في أبيبرة', body: 'سوق أسبوعي.' })
    expect(await titles('أبيبرة ')).toEqual(['سوق الإبل في أبيبرة'])
    // Straight to the database, past Payload and this process's hooks, as another process's write reaches it.
    const { docs } = await t.payload.find({ collection: 'search-entries', where: { title: { equals: 'سوق الإبل في أبيبرة' } }, overrideAccess: true })
    for (const entry of docs) {
      await t.payload.db.updateOne({ collection: 'search-entries', id: entry.id, data: { title: 'سوق الماشية في أبيبرة', updatedAt: new Date(Date.now() + 1000).toISOString() } })
    }
    expect(await titles('أبيبرة ')).toEqual(['سوق الماشية في أبيبرة'])
  })
})

describe('npm run search:reindex', () => {
  it('should rebuild every entry from the articles, drop entries of articles gone, and report its progress', async () => {
    await publish({ title: 'بئر جديدة في نارا', body: 'حفرت القرية بئرا.' })
    await settleAfterCommitWork()
    const system = { overrideAccess: true } as const
    // An index out of step: one report's analysed text lost.
    const { docs } = await t.payload.find({ collection: 'search-entries', where: { title: { equals: 'بئر جديدة في نارا' } }, ...system })
    for (const entry of docs) await t.payload.update({ collection: 'search-entries', id: entry.id, data: { titleStems: '', bodyStems: '' }, ...system })
    expect(await titles('نارا ')).toEqual([])
    const ticks: number[] = []
    let total = -1
    const report = await reindexAllArticles(t.payload, { start: (count) => (total = count), tick: () => ticks.push(ticks.length + 1) })
    const articles = await t.payload.count({ collection: 'articles', ...system })
    expect(total).toBe(articles.totalDocs)
    expect(ticks).toHaveLength(articles.totalDocs)
    expect(report.articles).toBe(articles.totalDocs)
    expect(await titles('نارا ')).toEqual(['بئر جديدة في نارا'])
    const published = await t.payload.count({ collection: 'articles', where: { _status: { equals: 'published' } }, ...system })
    const entries = await t.payload.count({ collection: 'search-entries', ...system })
    expect(entries.totalDocs).toBe(published.totalDocs * 2)
    expect(await titles('الصمغ ')).toEqual(['حصاد الصمغ العربي'])
    // A second rebuild finds every entry as it should be, and writes none.
    const written = async () => (await t.payload.find({ collection: 'search-entries', sort: 'id', pagination: false, select: { updatedAt: true }, ...system })).docs.map((entry) => entry.updatedAt)
    const before = await written()
    await reindexAllArticles(t.payload)
    expect(await written()).toEqual(before)
  })
})
