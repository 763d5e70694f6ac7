import { describe, expect, it } from 'vitest'

import { blockingReason, type GateClaim, speaksForParty } from './verdicts'

const dealtWith: GateClaim = { text: 'قُتل 40 جنديًا', verdict: 'attributed', named: true, hasClaimant: true, independentSources: 0 }

describe('blockingReason', () => {
  it('should let an attributed, sourced claim through', () => {
    expect(blockingReason(dealtWith)).toBeNull()
  })

  it('should hold back a claim with no verdict, no claimant, an unexplained unnamed source, or thin corroboration', () => {
    expect(blockingReason({ ...dealtWith, verdict: 'unverified' })?.en).toBe('no verdict yet')
    expect(blockingReason({ ...dealtWith, hasClaimant: false })?.en).toBe('no claimant')
    expect(blockingReason({ ...dealtWith, named: false, hasClaimant: false, unnamedDescription: 'مصدر أمني' })?.en).toMatch(/unnamed/)
    expect(blockingReason({ ...dealtWith, verdict: 'corroborated', independentSources: 1 })?.en).toMatch(/fewer than two/)
    expect(blockingReason({ ...dealtWith, verdict: 'corroborated', independentSources: 2 })).toBeNull()
  })

  it('should publish a party’s uncorroborated figure only as attributed, or with a finding backed by evidence', () => {
    const party = { ...dealtWith, partyToConflict: true, statesFigure: true }
    expect(blockingReason(party)).toBeNull()
    expect(blockingReason({ ...party, verdict: 'disputed' })?.ar).toMatch(/طرف في النزاع/)
    expect(blockingReason({ ...party, verdict: 'disputed', evidenceCount: 1 })).toBeNull()
    expect(blockingReason({ ...party, verdict: 'misleading', statesFigure: false })).toBeNull()
    expect(blockingReason({ ...party, verdict: 'falseClaim', partyToConflict: false })).toBeNull()
  })
})

describe('speaksForParty', () => {
  it('should see a media arm through the group it belongs to', () => {
    expect(speaksForParty({ partyToConflict: false, affiliation: { partyToConflict: true } })).toBe(true)
    expect(speaksForParty({ partyToConflict: false, affiliation: 12 })).toBe(false)
    expect(speaksForParty(null)).toBe(false)
  })
})
