import { describe, expect, it } from 'vitest'

import { detectClaims, detectClaimsInTurns } from './detect'
import { filled, reporting } from './fixtures/long-texts'
import { mapInTurns } from './turns'

describe('mapInTurns', () => {
  it('should take items in order and wait for setImmediate once a turn is used up', async () => {
    const events: string[] = []
    const work = mapInTurns(
      [1, 2, 3],
      (item) => {
        events.push(`item ${item}`)
        setImmediate(() => events.push(`other ${item}`))
        return item * 2
      },
      0,
    )
    expect(await work).toEqual([2, 4, 6])
    expect(events.slice(0, 4)).toEqual(['item 1', 'other 1', 'item 2', 'other 2'])
  })
})

describe('detectClaimsInTurns', () => {
  it('should find the same claims as detectClaims', async () => {
    for (const text of [reporting(30_000), filled('وصف «', 30_000), filled('قال «مصدر ', 30_000)]) {
      expect(await detectClaimsInTurns(text)).toEqual(detectClaims(text))
    }
  })

  it('should let the event loop run while it reads a long body', async () => {
    let turnsOfTheLoop = 0
    const ticking = setInterval(() => turnsOfTheLoop++, 0)
    await detectClaimsInTurns(reporting(300_000), 1)
    clearInterval(ticking)
    expect(turnsOfTheLoop).toBeGreaterThan(3)
  })
})
