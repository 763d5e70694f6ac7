// The shape of the evaluation's labelled sentences, and how a label is written.
//
// What is a claim: a statement, figure, denial, assessment or claim of responsibility that the text attributes to
// someone (named, unnamed, or nobody said in a passive), or a check-worthy figure (people killed, hurt, moved or
// held; materiel; strikes; money; shares) stated in the article's own voice. Not a claim: background, schedules,
// descriptions, pledges and calls, and numbers that are names, handles, dates, ages, roads or resolutions.
//
// How a claimant is written: the phrase naming who makes the claim, as the text writes it, with its qualifiers
// and appositions, without a leading و/ف/ب/ل. For a group speaking through its media arm, the group; the arm is
// the `outlet`. For a figure in the article's own voice, null.

export const GENRES = {
  wire: 'برقيات الوكالات / wire copy',
  group: 'بيانات الجماعات المسلحة / armed groups',
  ministry: 'بيانات الوزارات / ministries',
  headline: 'العناوين / headlines',
  tweet: 'التغريدات الإخبارية / news tweets',
  interview: 'المقابلات / interviews',
  report: 'التقارير والإحصاءات / reports',
  rumour: 'الشائعات والمنصات / rumours',
} as const
export type Genre = keyof typeof GENRES

/**
 * An expected claimant: `"وزارة الصحة"`; alternatives equally right split by `|`; a leading `~` when the source
 * is unnamed («مصادر محلية», «أحد السكان»); `"~"` alone for a passive with nobody named («أُفيد»); null for
 * the article's own voice.
 */
export type Claimant = string | null
/** A claim inside a longer text: `span` is a fragment of the sentence that holds it. */
export type SpanLabel = { span: string; claimant: Claimant; outlet?: string; figures?: number[] }
/** false: no claim in the text; a Claimant: the whole text is one claim; a list: the claims of a longer text. */
export type Expected = false | Claimant | SpanLabel[]
export type Entry = readonly [text: string, expected: Expected, more?: { outlet?: string; figures?: number[] }]
export type LabelledSet = Record<Genre, Entry[]>

export type Label = { start: number; end: number; names: string[]; unnamed: boolean; outlet?: string; figures?: number[] }
export type Case = { genre: Genre; text: string; labels: Label[] }

function parse(claimant: Claimant): Pick<Label, 'names' | 'unnamed'> {
  if (claimant === null) return { names: [], unnamed: false }
  const unnamed = claimant.startsWith('~')
  const names = claimant.replace(/^~/, '').split('|').filter(Boolean)
  return { names, unnamed }
}

/** The set's entries as cases with character ranges; a span that is not in its text is an error in the set. */
export function casesOf(set: LabelledSet): Case[] {
  return (Object.entries(set) as [Genre, Entry[]][]).flatMap(([genre, entries]) =>
    entries.map(([text, expected, more]) => {
      if (expected === false) return { genre, text, labels: [] }
      if (!Array.isArray(expected)) return { genre, text, labels: [{ start: 0, end: text.length, ...parse(expected), ...more }] }
      const labels = expected.map(({ span, claimant, ...rest }) => {
        const start = text.indexOf(span)
        if (start < 0) throw new Error(`span «${span}» is not in «${text}»`)
        return { start, end: start + span.length, ...parse(claimant), ...rest }
      })
      return { genre, text, labels }
    }),
  )
}
