import type { Payload } from 'payload'

import { lexicalFromText, markedClaimIds, markQuote, textFromLexical } from '@/lib/lexical'

import { seedArticles } from './content'

// The demo Dioura report's sources and claims: every figure in it comes from a party to the conflict,
// so each is published as attributed, with the official silence on record as a right-of-reply entry.

type SeedSource = {
  key: string
  name: { ar: string; en: string }
  nameFr?: string
  kind: string
  partyToConflict?: boolean
  affiliation?: string
}

export const seedSources: SeedSource[] = [
  { key: 'jnim', name: { ar: 'جماعة نصرة الإسلام والمسلمين', en: 'Group for the Support of Islam and Muslims (JNIM)' }, nameFr: 'Groupe de soutien à l’islam et aux musulmans (GSIM)', kind: 'armedGroup', partyToConflict: true },
  { key: 'zallaqa', name: { ar: 'مؤسسة الزلاقة', en: 'Az-Zallaqa Foundation' }, kind: 'mediaArm', partyToConflict: true, affiliation: 'jnim' },
  { key: 'azawad', name: { ar: 'الحركات الأزوادية (جبهة تحرير أزواد)', en: 'Azawad movements (Azawad Liberation Front)' }, nameFr: 'Front de libération de l’Azawad', kind: 'armedGroup', partyToConflict: true },
  { key: 'mali', name: { ar: 'السلطات المالية', en: 'Malian authorities' }, nameFr: 'Autorités maliennes', kind: 'government', partyToConflict: true },
]

const SILENCE = {
  contact: 'وزارة الدفاع المالية والإعلام الحكومي',
  channel: 'publicRequest',
  noAnswer: true,
  answer: 'لم يصدر أي تعليق رسمي على الهجوم حتى ساعة النشر.',
}

// Where each claim was made, as the desk records it: the demo's addresses are on reserved .example domains.
const STATEMENT_2025 = {
  url: 'https://zallaqa.example/bayan/2025-05-24',
  description: 'البيان الثاني للجماعة عبر مؤسسة الزلاقة، مساء السبت 24 مايو 2025',
  accessedAt: '2025-05-24T20:30:00.000Z',
}
const STATEMENT_2023 = {
  url: 'https://azawad-front.example/communique/2023-09-28',
  description: 'بلاغ الحركات الأزوادية عن الهجوم، 28 سبتمبر 2023',
  accessedAt: '2023-09-28T18:00:00.000Z',
}

type SeedEvidence = { url?: string; description: string; accessedAt: string }

type SeedClaim = {
  /** The claim as a sentence that stands on its own: what readers and fact-check search see as «the claim». */
  claim: string
  /** The words it is marked on in the body, cut from the prose. */
  quote: string
  kind: string
  claimant?: string
  figures?: { value: number; unit: string }[]
  rationale: string
  evidence: SeedEvidence[]
  unnamed?: { description: string; reason: string }
}

const diouraClaims: SeedClaim[] = [
  {
    claim: 'قالت جماعة نصرة الإسلام والمسلمين إن 40 عسكريًا ماليًا قُتلوا في هجومها على معسكر جورا في 23 مايو 2025.',
    quote: 'قالت فيه إن 40 عسكريًا ماليًا قُتلوا',
    kind: 'casualties',
    claimant: 'jnim',
    figures: [{ value: 40, unit: 'جندي قتيل / soldiers killed' }],
    rationale: 'الرقم من بيان الجماعة الثاني عبر مؤسسة الزلاقة، ولا مصدر مستقل يؤكده أو ينفيه.',
    evidence: [STATEMENT_2025],
  },
  {
    claim: 'قالت جماعة نصرة الإسلام والمسلمين إن مقاتليها دمّروا 21 آلية عسكرية للجيش المالي، بينها 3 مدرعات، في هجوم جورا.',
    quote: 'وإن مقاتليها دمّروا 21 آلية عسكرية بينها 3 مدرعات',
    kind: 'materiel',
    claimant: 'jnim',
    figures: [
      { value: 21, unit: 'آلية مدمرة / vehicles destroyed' },
      { value: 3, unit: 'مدرعة / armoured vehicles' },
    ],
    rationale: 'وارد في البيان نفسه دون صور أو شهادات مستقلة.',
    evidence: [STATEMENT_2025],
  },
  {
    claim: 'قالت جماعة نصرة الإسلام والمسلمين إنها استولت في معسكر جورا على 6 آليات و57 بندقية كلاشينكوف و126 مخزن ذخيرة و162 صندوق ذخيرة.',
    quote: 'وعدّد البيان الثاني ما تقول الجماعة إنها استولت عليه',
    kind: 'materiel',
    claimant: 'jnim',
    figures: [
      { value: 6, unit: 'آلية / vehicles' },
      { value: 57, unit: 'بندقية كلاشينكوف / rifles' },
      { value: 126, unit: 'مخزن ذخيرة / magazines' },
      { value: 162, unit: 'صندوق ذخيرة / ammunition boxes' },
    ],
    rationale: 'قائمة الغنائم كما نشرتها الجماعة؛ لم نطّلع على صور تثبتها.',
    evidence: [STATEMENT_2025],
  },
  {
    claim: 'قالت الحركات الأزوادية إنها قتلت 98 جنديًا ماليًا وأسرت آخرين حين هاجمت معسكر جورا في 28 سبتمبر 2023.',
    quote: 'وقتلت 98 جنديًا ماليًا وأسرت آخرين',
    kind: 'historicalContext',
    claimant: 'azawad',
    figures: [{ value: 98, unit: 'جندي قتيل / soldiers killed' }],
    rationale: 'رقم أعلنته الحركات الأزوادية عن هجوم سبتمبر 2023، ولا رقم رسميًا ماليًا يقابله.',
    evidence: [STATEMENT_2023],
  },
  {
    claim: 'يرى مراقبون للشأن المالي أن هجوم جورا يشير إلى قدرة الجماعة على ضرب مواقع عسكرية في أنحاء مالي.',
    quote: 'ويرى مراقبون للشأن المالي أن الهجوم يشير إلى قدرة الجماعة',
    kind: 'opinion',
    rationale: 'تقدير تحليلي، ننسبه إلى قائليه.',
    evidence: [{ description: 'أحاديث مراسلتنا مع محللين للشأن المالي بعد الهجوم', accessedAt: '2025-05-25T07:00:00.000Z' }],
    unnamed: { description: 'مراقبون للشأن المالي', reason: 'قراءة عامة تتقاطع فيها آراء عدة محللين لا رأي شخص بعينه.' },
  },
]

export async function seedDiouraClaims(payload: Payload, articleId: number): Promise<number> {
  const context = { disableRevalidate: true }
  const sources: Record<string, number> = {}
  for (const source of seedSources) {
    const { docs } = await payload.find({ collection: 'sources', where: { name: { equals: source.name.ar } }, locale: 'ar', limit: 1, context })
    const data = {
      name: source.name.ar,
      nameFr: source.nameFr,
      kind: source.kind as never,
      partyToConflict: source.partyToConflict ?? false,
      conflict: source.partyToConflict ? 'النزاع في مالي / Mali conflict' : undefined,
      affiliation: source.affiliation ? sources[source.affiliation] : undefined,
    }
    const doc = docs[0]
      ? await payload.update({ collection: 'sources', id: docs[0].id, data, locale: 'ar', context })
      : await payload.create({ collection: 'sources', data, locale: 'ar', context })
    await payload.update({ collection: 'sources', id: doc.id, data: { name: source.name.en }, locale: 'en', context })
    sources[source.key] = doc.id
  }

  const body = textFromLexical(lexicalFromText(seedArticles.find((article) => article.key === 'dioura')!.body))
  let created = 0
  for (const claim of diouraClaims) {
    const start = body.indexOf(claim.quote)
    if (start === -1) throw new Error(`seed claim not found in the Dioura text: ${claim.quote}`)
    const exists = await payload.count({ collection: 'claims', where: { and: [{ article: { equals: articleId } }, { 'anchor.quote': { equals: claim.quote } }] } })
    if (exists.totalDocs) continue
    await payload.create({
      collection: 'claims',
      context,
      locale: 'ar',
      data: {
        article: articleId,
        text: claim.claim,
        anchor: { quote: claim.quote, start, end: start + claim.quote.length },
        kind: claim.kind as never,
        claimant: claim.claimant ? sources[claim.claimant] : undefined,
        channel: claim.claimant ? 'statement' : undefined,
        named: !claim.unnamed,
        unnamedDescription: claim.unnamed?.description,
        unnamedReason: claim.unnamed?.reason,
        verdict: 'attributed',
        figures: claim.figures,
        rationale: claim.rationale,
        evidence: claim.evidence,
        rightOfReply: claim.kind === 'casualties' ? [SILENCE as never] : [],
      },
    })
    created++
  }
  await markClaimsInBody(payload, articleId)
  return created
}

/** Marks each recorded claim's passage in the article body, so readers get the verdict where the claim is. */
async function markClaimsInBody(payload: Payload, articleId: number) {
  const context = { disableRevalidate: true }
  const [{ docs: claims }, article] = await Promise.all([
    payload.find({ collection: 'claims', where: { article: { equals: articleId } }, depth: 0, limit: 100, pagination: false }),
    payload.findByID({ collection: 'articles', id: articleId, depth: 0, locale: 'ar', select: { body: true } }),
  ])
  const already = new Set(markedClaimIds(article.body))
  let body = article.body
  for (const claim of claims) {
    if (already.has(String(claim.id)) || !claim.anchor?.quote) continue
    body = markQuote(body, claim.anchor.quote, String(claim.id)).state
  }
  if (body !== article.body) await payload.update({ collection: 'articles', id: articleId, data: { body }, locale: 'ar', context })
}
