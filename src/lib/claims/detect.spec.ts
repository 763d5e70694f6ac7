import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { seedArticles } from '@/seed/content'

import { detectClaims } from './detect'
import { corpus, type CorpusText, heldOut } from './fixtures/corpus'
import { findNumbers } from './numbers'

// The demo Dioura report (our own text on the seed fixture's facts).
const DIOURA = seedArticles.find((article) => article.key === 'dioura')!.body

const values = (text: string) => findNumbers(text).map((number) => number.value)

describe('findNumbers', () => {
  it('should read Western and Arabic-Indic digits with their separators', () => {
    expect(values('سقط 40 قتيلًا و٢٤٣ إصابة')).toEqual([40, 243])
    expect(values('عيار 14.5 ملم و١٢٫٥ طن و15,000 جرعة و١٥٬٠٠٠ دولار')).toEqual([14.5, 12.5, 15000, 15000])
  })

  it('should read number words, compounds and vague amounts', () => {
    expect(values('قتل اثنا عشر شخصًا')).toEqual([12])
    expect(values('أربعين عنصرًا وخمسة وعشرون جريحًا')).toEqual([40, 25])
    expect(values('خمسة آلاف نازح و3 ملايين دولار')).toEqual([5000, 3e6])
    const vague = findNumbers('فرّت عشرات العائلات')
    expect(vague).toMatchObject([{ value: 10, approximate: true, text: 'عشرات' }])
  })

  it('should give offsets into the original text, tashkeel included', () => {
    const text = 'قُتِلَ أربعونَ جنديًّا'
    const [number] = findNumbers(text)
    expect(text.slice(number.start, number.end)).toBe('أربعونَ')
  })
})

describe('detectClaims', () => {
  it('should find the attributed claims and their claimants in the Dioura report', () => {
    const claims = detectClaims(DIOURA)
    for (const claim of claims) expect(DIOURA.slice(claim.start, claim.end)).toBe(claim.sentence)
    expect(claims[0].claimant).toContain('نصرة الإسلام والمسلمين')
    const casualties = claims.find((claim) => claim.sentence.includes('40 عسكريًا'))!
    expect(casualties.kind).toBe('casualties')
    expect(casualties.numbers.map((number) => number.value)).toEqual(expect.arrayContaining([40, 21, 3]))
    expect(casualties.numbers.map((number) => number.value)).not.toContain(24)
    const materiel = claims.find((claim) => claim.sentence.includes('57 بندقية'))!
    expect(materiel.numbers.map((number) => number.value)).toEqual(expect.arrayContaining([6, 13, 57, 126, 162, 36]))
    const observers = claims.find((claim) => claim.sentence.includes('ويرى مراقبون'))!
    expect(observers).toMatchObject({ claimant: expect.stringContaining('مراقبون'), unnamed: true })
    const history = claims.find((claim) => claim.sentence.includes('98 جنديًا'))!
    expect(history.numbers.map((number) => number.value)).toEqual([98])
  })

  it('should carry the speaker into a following "وأضاف أن…"', () => {
    const [first, second] = detectClaims('قال المتحدث باسم الشرطة إن الحادث وقع ليلًا. وأضاف أن 3 أشخاص اعتقلوا.')
    expect(first.claimant).toBe('المتحدث باسم الشرطة')
    expect(second).toMatchObject({ claimant: 'المتحدث باسم الشرطة', unnamed: false })
  })

  it('should keep a quoted claimant whole and know an unnamed one', () => {
    const [claim] = detectClaims('وبحسب «مصادر محلية»، سقط 5 قتلى في الهجوم.')
    expect(claim).toMatchObject({ claimant: '«مصادر محلية»', unnamed: true, kind: 'casualties' })
  })

  it('should flag an unsourced figure in the article’s own voice, and not dates or background', () => {
    const claims = detectClaims('قُتل 7 مدنيين في القصف. ووقع القصف في 12 مارس 2024. وتقع البلدة شمال النهر.')
    expect(claims).toHaveLength(1)
    expect(claims[0]).toMatchObject({ claimant: null, kind: 'casualties', unnamed: false })
  })

  it('should name the subject before the verb, the speaker before a colon and the group behind its media arm', () => {
    const claimant = (text: string) => detectClaims(text)[0]?.claimant
    expect(claimant('الجيش المالي يعلن مقتل 20 مسلحا')).toBe('الجيش المالي')
    expect(claimant('وزير الداخلية: لا تهاون مع المهربين')).toBe('وزير الداخلية')
    expect(claimant('أظهرت بيانات نشرتها وزارة الصحة أن ربع المستشفيات مغلقة.')).toBe('وزارة الصحة')
    const [arm] = detectClaims('وفي بيان نشرته مؤسسة الزلاقة، الذراع الإعلامية للجماعة، قالت إن مقاتليها قتلوا 40 جنديا.')
    expect(arm).toMatchObject({ claimant: 'الجماعة', outlet: 'مؤسسة الزلاقة' })
    expect(detectClaims('ونُقل عن مسؤول في الشرطة قوله إن المهاجمين فروا.')[0]).toMatchObject({ claimant: 'مسؤول في الشرطة', unnamed: true })
    expect(detectClaims('وأُفيد بسقوط قذائف على الحي.')[0]).toMatchObject({ claimant: null, unnamed: true })
  })

  it('should trace an outlet «التابعة لـ» a group to the group, and a document to its author, by agreement', () => {
    expect(detectClaims('وأفادت إذاعة البيان التابعة لحركة الشباب بأن مقاتلي الحركة قتلوا 9 جنود.')[0]).toMatchObject({ claimant: 'حركة الشباب', outlet: 'إذاعة البيان' })
    // Not an outlet: the forces «التابعة للحكومة» are the claimant as named.
    expect(detectClaims('وقالت القوات التابعة للحكومة إنها استعادت 3 قرى.')[0]?.claimant).toBe('القوات التابعة للحكومة')
    // An indefinite document and a definite word: its author («إحصاءات المفوضية»); a definite one: an adjective.
    expect(detectClaims('وبحسب إحصاءات المفوضية، فر 12 ألف شخص.')[0]?.claimant).toBe('المفوضية')
    expect(detectClaims('وبحسب التقديرات الرسمية، فر 12 ألف شخص.')[0]?.claimant).toBe('التقديرات الرسمية')
  })

  it('should not let a soft hyphen, an Arabic letter mark or a PDF ligature hide a claim', () => {
    for (const text of ['وقال\u00ADت الحكومة إن الوفد وصل.', 'و\u061Cقالت الحكومة إن الوفد وصل.', 'و\uFED7\uFE8E\uFEDF\uFE96 الحكومة إن الوفد وصل.']) {
      expect(detectClaims(text)[0]?.claimant, JSON.stringify(text)).toBe('الحكومة')
    }
  })

  it('should read fractions and duals as figures, and not the digits of names, handles, resolutions and roads', () => {
    expect(values('ثلث السكان ونصف المدارس')).toEqual([1 / 3, 1 / 2])
    expect(values('مئات الأسر وطفلان')).toEqual([100, 2])
    expect(values('كوفيد-19 و@user6153 وM5 والدورة الـ45')).toEqual([])
    expect(detectClaims('ودعا مجلس الأمن إلى تطبيق القرار 2254 على الطريق M5.')).toEqual([])
    expect(detectClaims('وارتفعت البطالة إلى 18% في الربع الأخير.')[0].numbers.map((number) => number.value)).toEqual([18])
  })

  it('should give a second speaker in the same sentence a claim of its own, with its own span and figures', () => {
    const text = 'وقال الجيش إن 8 من المسلحين قتلوا، فيما نفت الجماعة سقوط أي قتيل. وأضافت أن مقاتليها انسحبوا.'
    const claims = detectClaims(text)
    for (const claim of claims) expect(text.slice(claim.start, claim.end)).toBe(claim.sentence)
    expect(claims.map(({ sentence, claimant, kind }) => ({ sentence, claimant, kind }))).toEqual([
      { sentence: 'وقال الجيش إن 8 من المسلحين قتلوا', claimant: 'الجيش', kind: 'casualties' },
      { sentence: 'فيما نفت الجماعة سقوط أي قتيل.', claimant: 'الجماعة', kind: 'denial' },
      { sentence: 'وأضافت أن مقاتليها انسحبوا.', claimant: 'الجماعة', kind: 'territorial control' },
    ])
    expect(claims.map((claim) => claim.numbers.map((number) => number.value))).toEqual([[8], [], []])
    const [charge, denial] = detectClaims('واتهمت البلدية شركة النظافة بسرقة 4 شاحنات، وهو ما نفاه مدير الشركة.')
    expect(charge).toMatchObject({ claimant: 'البلدية', numbers: [{ value: 4 }] })
    expect(denial).toMatchObject({ claimant: 'مدير الشركة', sentence: 'وهو ما نفاه مدير الشركة.', numbers: [] })
    expect(detectClaims('وقصفت المدفعية أطراف البلدة، في حين أكد مسعفون أن 3 أطفال أصيبوا.')).toMatchObject([
      { claimant: 'مسعفون', unnamed: true, numbers: [{ value: 3 }] },
    ])
    // A clause with no speaker of its own stays with the one before it.
    const [rescue] = detectClaims('وأعلنت البحرية إنقاذ 20 بحارا، بينما لا يزال 5 آخرون مفقودين.')
    expect(rescue.sentence).toBe('وأعلنت البحرية إنقاذ 20 بحارا، بينما لا يزال 5 آخرون مفقودين.')
    expect(detectClaims('وقال المتحدث إن الوفد وصل، فيما أضاف أن المحادثات تبدأ غدا.')).toHaveLength(1)
  })

  it('should keep a name whole: a و inside it, a unit’s number, an acronym in brackets, an institution’s proper name', () => {
    const claimant = (text: string) => detectClaims(text)[0]?.claimant
    expect(claimant('وقالت حركة التحرير والعدالة إن قواتها انسحبت.')).toBe('حركة التحرير والعدالة')
    expect(claimant('وأعلن اللواء 52 مدرع أنه صد الهجوم.')).toBe('اللواء 52 مدرع')
    expect(detectClaims('وأعلن اللواء 52 مدرع أنه صد الهجوم.')[0].numbers).toEqual([])
    expect(claimant('وقالت منظمة التعاون الإسلامي (OIC) إن الاجتماع تأجل.')).toBe('منظمة التعاون الإسلامي (OIC)')
    expect(claimant('وقال مدير مستشفى النصر، في حديث هاتفي، إن 9 جرحى وصلوا.')).toBe('مدير مستشفى النصر')
    expect(claimant('وأكد مدير ملتقى الشباب أن النشاط ألغي.')).toBe('مدير ملتقى الشباب')
    // An age in brackets is no acronym.
    expect(claimant('وقالت الطالبة سلمى (22 عاما) إنها غادرت.')).toBe('الطالبة سلمى')
  })

  it('should trace a document and a media office to their author, a passive too', () => {
    const claimant = (text: string) => detectClaims(text)[0]?.claimant
    expect(claimant('وبحسب أرقام مفوضية الانتخابات، شارك 40% من الناخبين.')).toBe('مفوضية الانتخابات')
    expect(detectClaims('وقال المكتب الإعلامي لقوات درع الوطن إن عناصرها أسروا 3 مسلحين.')[0]).toMatchObject({
      claimant: 'قوات درع الوطن',
      outlet: 'المكتب الإعلامي',
    })
    expect(claimant('وقال المكتب الإعلامي للواء 77 إن 5 من عناصره أصيبوا.')).toBe('اللواء 77')
    expect(detectClaims('وقال المكتب الإعلامي للواء 77 إن 5 من عناصره أصيبوا.')[0].numbers.map((number) => number.value)).toEqual([5])
    expect(detectClaims('وذُكر في تقرير لهيئة الإغاثة أن 600 أسرة نزحت.')[0]).toMatchObject({ claimant: 'هيئة الإغاثة', unnamed: false })
  })

  it('should name the noun before «، التي قالت» when the verb agrees with it, and not a document', () => {
    const claimant = (text: string) => detectClaims(text)[0]?.claimant
    expect(claimant('واعتقلت الشرطة أعضاء في جمعية الأمل، التي قالت إن 6 منهم اختفوا.')).toBe('جمعية الأمل')
    expect(claimant('ونفى الجيش التقارير، التي قال إنها ملفقة.')).toBe('الجيش')
    expect(claimant('وأصدر المرصد تقريره، الذي أكد فيه مقتل 9 مدنيين.')).toBe('المرصد')
  })

  it('should read a headline’s subject without its و, a name that begins with و, and our correspondent before a colon', () => {
    const claimant = (text: string) => detectClaims(text)[0]?.claimant
    expect(claimant('والجيش الليبي يعلن مقتل 4 من عناصره')).toBe('الجيش الليبي')
    expect(claimant('ومصادر محلية تتحدث عن نزوح العشرات')).toBe('مصادر محلية')
    expect(claimant('ووهان تعلن رفع الإغلاق عن أحيائها')).toBe('ووهان')
    expect(claimant('مراسلتنا في يافا: مداهمات في حي العجمي #يافا')).toBe('مراسلتنا في يافا')
  })

  it('should give a rumour a verb describes an unnamed source and no claimant, and take a post as an unnamed source', () => {
    expect(detectClaims('سرت في الحي شائعة تقول إن المخبز سيغلق.')[0]).toMatchObject({ claimant: null, unnamed: true })
    expect(detectClaims('تنتشر بين السكان أخبار تقول إن السد انهار.')[0]).toMatchObject({ claimant: null, unnamed: true })
    // What spreads after someone spoke is no rumour's own saying.
    expect(detectClaims('انتشر الذعر بعد أن قال المحافظ إن السد تصدع.')[0]).toMatchObject({ claimant: 'المحافظ' })
    expect(detectClaims('يزعم منشور متداول على تلغرام أن الوزير استقال.')[0]).toMatchObject({ claimant: 'منشور متداول على تلغرام', unnamed: true })
  })

  it('should read a figure after لـ with a tatweel, a total with nothing after it, a count in the range of years', () => {
    expect(values('تصدت لـ٧ صواريخ وبـ12 قذيفة')).toEqual([7, 12])
    expect(values('خلال الساعات الـ24 الماضية')).toEqual([])
    const figures = (text: string) => detectClaims(text)[0]?.numbers.map((number) => number.value)
    expect(figures('وارتفع عدد الجرحى في المدينة منذ الصباح إلى 4 آلاف.')).toEqual([4000])
    expect(figures('ونفذت الطائرات نحو تسعين عملية قصف.')).toEqual([90])
    expect(figures('ووزعت الجمعية سلالا غذائية على 2000 أسرة.')).toEqual([2000])
    // «منهم» counts people named before; «لقوا حتفهم» is a death.
    expect(figures('وأكدت المنظمة أن 12 منهم على الأقل لقوا حتفهم.')).toEqual([12])
    expect(detectClaims('وتأسست الجمعية عام 2000 في حمص.')).toEqual([])
    expect(detectClaims('ويعتمد المستشفى المحلي على مولد كهربائي واحد، وتنقصه الأدوية.')).toEqual([])
  })

  it('should report precision and recall on the annotated corpus, and on a held-out text', () => {
    const tuned = score(corpus)
    const held = score(heldOut)
    for (const [name, result] of [['tuned-on corpus', tuned], ['held-out text', held]] as const) {
      console.log(
        `[claims] ${name}: ${result.sentences} sentences, precision ${result.precision.toFixed(2)}, recall ${result.recall.toFixed(2)}, ` +
          `claimant right ${result.claimantsRight}/${result.claimantsChecked}` +
          (result.misses.length ? `\n  ${result.misses.join('\n  ')}` : ''),
      )
    }
    expect(tuned.precision).toBeGreaterThanOrEqual(0.9)
    expect(tuned.recall).toBeGreaterThanOrEqual(0.9)
    expect(held.precision).toBeGreaterThanOrEqual(0.75)
    expect(held.recall).toBeGreaterThanOrEqual(0.75)
  })
})

function score(texts: CorpusText[]) {
  let truePositives = 0
  let falsePositives = 0
  let falseNegatives = 0
  let claimantsRight = 0
  let claimantsChecked = 0
  let sentences = 0
  const misses: string[] = []
  for (const { genre, text, sentences: annotated } of texts) {
    const found = detectClaims(text)
    for (const expected of annotated) {
      sentences++
      const hit = found.find((claim) => claim.sentence.includes(expected.fragment))
      if (expected.claim && hit) truePositives++
      else if (expected.claim) {
        falseNegatives++
        misses.push(`${genre}: missed «${expected.fragment}»`)
      } else if (hit) {
        falsePositives++
        misses.push(`${genre}: wrongly flagged «${expected.fragment}»`)
      }
      if (hit && expected.claim && expected.claimant !== undefined) {
        claimantsChecked++
        const right = expected.claimant === null ? hit.claimant === null : (hit.claimant ?? '').includes(expected.claimant)
        if (right) claimantsRight++
        else misses.push(`${genre}: claimant of «${expected.fragment}» read as ${JSON.stringify(hit.claimant)}`)
      }
      if (hit && expected.unnamed !== undefined && hit.unnamed !== expected.unnamed) {
        misses.push(`${genre}: unnamed of «${expected.fragment}» read as ${hit.unnamed}`)
      }
    }
  }
  return {
    sentences,
    precision: truePositives / (truePositives + falsePositives),
    recall: truePositives / (truePositives + falseNegatives),
    claimantsRight,
    claimantsChecked,
    misses,
  }
}

describe('npm run claims', () => {
  it('should print the claims of a file as JSON with offsets into its text', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mirsad-claims-')), 'dioura.txt')
    fs.writeFileSync(file, DIOURA)
    const output = execFileSync('npx', ['tsx', 'src/lib/claims/cli.ts', file], { encoding: 'utf8' })
    const claims = JSON.parse(output) as { sentence: string; start: number; end: number }[]
    const text = DIOURA
    expect(claims.length).toBeGreaterThan(3)
    for (const claim of claims) {
      expect(Object.keys(claim)).toEqual(['sentence', 'start', 'end', 'claimant', 'kind', 'numbers', 'unnamed'])
      expect(text.slice(claim.start, claim.end)).toBe(claim.sentence)
    }
  })
})
