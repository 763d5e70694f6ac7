import { detectClaims, type DetectedClaim } from '../detect'
import { fold, sentences } from '../text'

import { type Case, type Genre } from './labelled'

// How a detection counts. A detected claim and a labelled claim match when their character ranges overlap (the
// detector proposes sentences, or clauses of one that has a second speaker; a label covers its sentence or a fragment
// of it). Precision: the share of
// detected claims that match a label. Recall: the share of labels some detected claim matches. Claimant right:
// of the matched labels, the share whose best-overlapping detection names the labelled claimant, compared once
// folded (tashkeel, hamza seats, quote marks, spacing), or gives none where the label says the article's own
// voice. Unnamed right, outlet right and figures right are counted the same way, over the labels that say them.

export type Tally = {
  sentences: number
  labels: number
  detected: number
  truePositives: number
  matchedLabels: number
  claimantsRight: number
  unnamedRight: number
  outlets: number
  outletsRight: number
  figureLabels: number
  figuresRight: number
}

export type Failure = { genre: Genre; text: string; problem: string }

const emptyTally = (): Tally => ({
  sentences: 0,
  labels: 0,
  detected: 0,
  truePositives: 0,
  matchedLabels: 0,
  claimantsRight: 0,
  unnamedRight: 0,
  outlets: 0,
  outletsRight: 0,
  figureLabels: 0,
  figuresRight: 0,
})

export const comparable = (phrase: string | null | undefined) =>
  fold(phrase ?? '')
    .text.replace(/[«»“”"'()]/g, '')
    .replace(/\s+/g, ' ')
    .trim()

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.min(a.end, b.end) - Math.max(a.start, b.start)
const sameFigure = (a: number, b: number) => Math.abs(a - b) <= 1e-3 * Math.max(1, Math.abs(b))

function sameFigures(found: number[], expected: number[]) {
  return found.length === expected.length && expected.every((value) => found.some((other) => sameFigure(other, value)))
}

export type Scored = { byGenre: Map<Genre, Tally>; overall: Tally; failures: Failure[] }

export function score(cases: Case[], detect: (text: string) => DetectedClaim[] = detectClaims): Scored {
  const byGenre = new Map<Genre, Tally>()
  const overall = emptyTally()
  const failures: Failure[] = []
  for (const { genre, text, labels } of cases) {
    const tally = byGenre.get(genre) ?? emptyTally()
    byGenre.set(genre, tally)
    const add = (key: keyof Tally, by = 1) => {
      tally[key] += by
      overall[key] += by
    }
    const fail = (problem: string) => failures.push({ genre, text, problem })
    const found = detect(text)
    add('sentences', [...sentences(text)].length)
    add('labels', labels.length)
    add('detected', found.length)
    for (const claim of found) {
      if (labels.some((label) => overlap(claim, label) > 0)) add('truePositives')
      else fail(`proposed but not a claim: «${claim.sentence}»`)
    }
    for (const label of labels) {
      const best = found.reduce<DetectedClaim | null>((chosen, claim) => {
        const size = overlap(claim, label)
        return size > 0 && (!chosen || size > overlap(chosen, label)) ? claim : chosen
      }, null)
      const where = `«${text.slice(label.start, label.end)}»`
      if (!best) {
        fail(`missed ${where}`)
        continue
      }
      add('matchedLabels')
      const names = label.names.map(comparable)
      const right = names.length ? names.includes(comparable(best.claimant)) : best.claimant === null
      if (right) add('claimantsRight')
      else fail(`claimant of ${where}: ${JSON.stringify(best.claimant)}, expected ${JSON.stringify(label.names[0] ?? null)}`)
      if (best.unnamed === label.unnamed) add('unnamedRight')
      else fail(`unnamed of ${where}: ${best.unnamed}, expected ${label.unnamed}`)
      if (label.outlet) {
        add('outlets')
        if (comparable(best.outlet) === comparable(label.outlet)) add('outletsRight')
        else fail(`outlet of ${where}: ${JSON.stringify(best.outlet)}, expected ${JSON.stringify(label.outlet)}`)
      }
      if (label.figures) {
        add('figureLabels')
        const values = best.numbers.map((number) => number.value)
        if (sameFigures(values, label.figures)) add('figuresRight')
        else fail(`figures of ${where}: ${JSON.stringify(values)}, expected ${JSON.stringify(label.figures)}`)
      }
    }
  }
  return { byGenre, overall, failures }
}

const ratio = (part: number, whole: number) => (whole ? part / whole : 1)

/** The rates a tally gives; precision and recall are 1 where nothing was proposed or labelled. */
export function rates(tally: Tally) {
  return {
    precision: ratio(tally.truePositives, tally.detected),
    recall: ratio(tally.matchedLabels, tally.labels),
    claimant: ratio(tally.claimantsRight, tally.matchedLabels),
    unnamed: ratio(tally.unnamedRight, tally.matchedLabels),
    outlet: ratio(tally.outletsRight, tally.outlets),
    figures: ratio(tally.figuresRight, tally.figureLabels),
  }
}
