// Verdicts and the other closed lists a claim uses, with their Arabic and English names.

export const VERDICTS = {
  unverified: { ar: 'لم يُتحقق منه', en: 'Unverified' },
  attributed: { ar: 'منسوب لقائله', en: 'Attributed' },
  corroborated: { ar: 'مؤكَّد من مصدرين مستقلين', en: 'Corroborated' },
  disputed: { ar: 'متنازع عليه', en: 'Disputed' },
  // Stored as falseClaim: GraphQL cannot name an enum value `false`.
  falseClaim: { ar: 'خاطئ', en: 'False' },
  misleading: { ar: 'مضلل', en: 'Misleading' },
} as const
export type Verdict = keyof typeof VERDICTS

export const CLAIM_KINDS = {
  casualties: { ar: 'خسائر بشرية', en: 'Casualties' },
  materiel: { ar: 'عتاد', en: 'Materiel' },
  territorialControl: { ar: 'سيطرة ميدانية', en: 'Territorial control' },
  event: { ar: 'حدث', en: 'Event' },
  statistic: { ar: 'إحصاء', en: 'Statistic' },
  quote: { ar: 'اقتباس', en: 'Quote' },
  denial: { ar: 'نفي', en: 'Denial' },
  historicalContext: { ar: 'سياق تاريخي', en: 'Historical context' },
  opinion: { ar: 'رأي', en: 'Opinion' },
} as const

export const CHANNELS = {
  statement: { ar: 'بيان', en: 'Statement' },
  pressRelease: { ar: 'بلاغ صحفي', en: 'Press release' },
  interview: { ar: 'مقابلة', en: 'Interview' },
  pressConference: { ar: 'مؤتمر صحفي', en: 'Press conference' },
  socialPost: { ar: 'منشور على وسائل التواصل', en: 'Social-media post' },
  relayed: { ar: 'نقلته وسيلة إعلام أخرى', en: 'Relayed by another outlet' },
  document: { ar: 'وثيقة', en: 'Document' },
} as const

export const REPLY_CHANNELS = {
  phone: { ar: 'هاتف', en: 'Phone' },
  email: { ar: 'بريد إلكتروني', en: 'Email' },
  message: { ar: 'رسالة', en: 'Message' },
  inPerson: { ar: 'مقابلة مباشرة', en: 'In person' },
  publicRequest: { ar: 'طلب علني', en: 'Public request' },
} as const

export const options = (labels: Record<string, { ar: string; en: string }>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }))

export type GateClaim = {
  text: string
  verdict?: Verdict | null
  named?: boolean | null
  hasClaimant: boolean
  unnamedReason?: string | null
  unnamedDescription?: string | null
  independentSources: number
  /** The claimant, or the source it speaks for, is a party to the conflict. */
  partyToConflict?: boolean
  /** It states a figure: recorded figures, or a casualty, materiel or statistic claim. */
  statesFigure?: boolean
  evidenceCount?: number
  /** Its marked passage's words changed after it was checked. */
  needsRecheck?: boolean | null
}

/** Verdicts that find against a claim: they stand on evidence of their own. */
const FINDINGS_AGAINST: Verdict[] = ['disputed', 'falseClaim', 'misleading']

/** Claim kinds that are figures by nature, recorded or not. */
export const FIGURE_KINDS = ['casualties', 'materiel', 'statistic']

/** Whether a claim states a figure: figures recorded on it, or a kind that is one by nature. */
export const statesFigure = (claim: { figures?: unknown[] | null; kind?: string | null }) => Boolean(claim.figures?.length) || FIGURE_KINDS.includes(claim.kind ?? '')

/** Why a claim holds publication back, in Arabic and English; null when it is dealt with. */
export function blockingReason(claim: GateClaim): { ar: string; en: string } | null {
  if (!claim.verdict || claim.verdict === 'unverified') return { ar: 'لم يصدر حكم عليه', en: 'no verdict yet' }
  if (claim.needsRecheck) return { ar: 'تغيّر نصه بعد التحقق منه: أعد التحقق', en: 'its passage changed after it was checked: check it again' }
  if (claim.named !== false && !claim.hasClaimant) return { ar: 'بلا قائل', en: 'no claimant' }
  if (claim.named === false && (!claim.unnamedReason?.trim() || !claim.unnamedDescription?.trim())) {
    return { ar: 'مصدر غير مسمى بلا سبب أو وصف', en: 'unnamed source without a reason and a description' }
  }
  if (claim.verdict === 'corroborated' && claim.independentSources < 2) {
    return { ar: 'مؤكَّد بأقل من مصدرين مستقلين', en: 'corroborated by fewer than two independent sources' }
  }
  if (claim.partyToConflict && claim.statesFigure && claim.verdict !== 'attributed' && claim.verdict !== 'corroborated') {
    if (!FINDINGS_AGAINST.includes(claim.verdict) || !claim.evidenceCount) {
      return {
        ar: 'رقم من طرف في النزاع لم يؤكده مصدران مستقلان: يُنشر «منسوبًا لقائله» أو بحكم مسند إلى أدلة',
        en: 'a figure from a party to the conflict without independent corroboration: publish it as "attributed", or with a finding backed by evidence',
      }
    }
  }
  return null
}

type SourceLike = { partyToConflict?: boolean | null; affiliation?: unknown } | number | string | null | undefined

/** A claimant that is a party to the conflict, or speaks for one (a media arm of an armed group). */
export function speaksForParty(claimant: SourceLike): boolean {
  if (typeof claimant !== 'object' || !claimant) return false
  return Boolean(claimant.partyToConflict) || speaksForParty(claimant.affiliation as SourceLike)
}
