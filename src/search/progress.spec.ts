import { describe, expect, it } from 'vitest'

import { progressLine, startProgress } from './progress'

describe('progress of a long command', () => {
  it('should say the count, the share, the rate and the time left', () => {
    expect(progressLine('[x]', 50, 200, 10)).toBe('[x] 50/200 25.0 % · 5.0/s · 30 s left')
    expect(progressLine('[x]', 200, 200, 100)).toBe('[x] 200/200 100.0 % · 2.0/s · 1 min 40 s in all')
    expect(progressLine('[x]', 100, 200, 10, true)).toContain('████████████░░░░░░░░░░░░ 100/200')
  })

  it('should redraw one line on a terminal and write plain lines now and then elsewhere', () => {
    let clock = 0
    const tty: string[] = []
    const bar = startProgress({ label: '[x]', total: 3, out: { write: (text) => tty.push(text), isTTY: true }, now: () => clock })
    for (let n = 0; n < 3; n++) {
      clock += 1000
      bar.tick()
    }
    bar.finish()
    expect(tty.every((text) => text.startsWith('\r'))).toBe(true)
    expect(tty.at(-1)).toMatch(/3\/3 100\.0 %.*\n$/)

    const log: string[] = []
    const plain = startProgress({ label: '[x]', total: 100, out: { write: (text) => log.push(text) }, everyMs: 5000, now: () => clock })
    for (let n = 0; n < 100; n++) {
      clock += 100
      plain.tick()
    }
    plain.finish()
    expect(log.every((line) => !line.includes('\r') && line.endsWith('\n'))).toBe(true)
    expect(log.length).toBeLessThan(10)
    expect(log.at(-1)).toContain('100/100 100.0 %')
  })
})
