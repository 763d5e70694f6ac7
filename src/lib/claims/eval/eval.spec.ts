import { describe, expect, it } from 'vitest'

import { dev } from './dev'
import { heldOut } from './held-out'
import { casesOf, type LabelledSet } from './labelled'
import { rates, score } from './score'

// The detector's own evaluation (npm run claims:eval), held to the targets of issue #14 on the dev set, and to a
// floor on the held-out set, so that a change that loses claims or claimants fails here.

const measured = (set: LabelledSet) => rates(score(casesOf(set)).overall)

describe('claim detection evaluation', () => {
  it('should meet the targets on the dev set: recall ≥ 0.9, precision ≥ 0.85, claimant right ≥ 0.9', () => {
    const { precision, recall, claimant } = measured(dev)
    expect(recall).toBeGreaterThanOrEqual(0.9)
    expect(precision).toBeGreaterThanOrEqual(0.85)
    expect(claimant).toBeGreaterThanOrEqual(0.9)
  })

  it('should stay above a floor on the held-out set', () => {
    const { precision, recall, claimant } = measured(heldOut)
    expect(recall).toBeGreaterThanOrEqual(0.85)
    expect(precision).toBeGreaterThanOrEqual(0.85)
    expect(claimant).toBeGreaterThanOrEqual(0.85)
  })

  it('should label every set with at least 150 sentences in 6 genres, 50 of them held out', () => {
    const devTally = score(casesOf(dev)).overall
    const held = score(casesOf(heldOut)).overall
    expect(devTally.sentences + held.sentences).toBeGreaterThanOrEqual(150)
    expect(held.sentences).toBeGreaterThanOrEqual(50)
    expect(Object.keys(heldOut)).toEqual(Object.keys(dev))
    expect(Object.keys(dev).length).toBeGreaterThanOrEqual(6)
  })

  it('should find each labelled span in its text', () => {
    expect(() => casesOf(dev)).not.toThrow()
    expect(() => casesOf(heldOut)).not.toThrow()
  })
})
