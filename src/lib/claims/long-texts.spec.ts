import { describe, expect, it } from 'vitest'

import { generateLongText, seededRandom } from '../../../scripts/bench/generator'

import { detectClaims } from './detect'
import { filled, reporting } from './fixtures/long-texts'
import { hasLongQuote, MAX_SENTENCE, sentences } from './text'

// Hostile and very long bodies: detection stays linear in the text's length, sentences bounded.

/** The first three made detection quadratic; the others load one step each (windows, figures) or are ordinary. */
const SHAPES: Record<string, (length: number) => string> = {
  'a transitive verb before an unclosed «': (length) => filled('وصف «', length),
  'a verb and a quoted name never closed': (length) => filled('قال «مصدر ', length),
  'a relaying outlet with no one relayed': (length) => filled('نقلت الوكالة ', length),
  'one sentence without punctuation': (length) => filled('وتقع البلدة على ضفة النهر ', length),
  'figures, one after another': (length) => filled('قتل 12 شخصا و ٣٤ جريحا ', length),
  'a second speaker in every clause': (length) => filled('قال الجيش إن 3 قتلوا، فيما نفت الحركة ذلك، ونفى الفصيل أي هجوم، وهو ما أكده شهود ', length),
  'ordinary reporting': reporting,
}

/** The fastest of a few detections of `text`, in ms: the least disturbed by whatever else the machine does. */
function fastestDetection(text: string) {
  let fastest = Number.POSITIVE_INFINITY
  for (let run = 0; run < 3; run++) {
    const started = performance.now()
    detectClaims(text)
    fastest = Math.min(fastest, performance.now() - started)
  }
  return fastest
}

describe('sentences of a long body', () => {
  it('should read a sentence without punctuation in windows of at most MAX_SENTENCE, cut after a space', () => {
    const text = filled('وتقع البلدة على ضفة النهر ', 10 * MAX_SENTENCE)
    const spans = [...sentences(text)]
    expect(spans.length).toBeGreaterThanOrEqual(10)
    for (const span of spans) {
      expect(span.text.length).toBeLessThanOrEqual(MAX_SENTENCE)
      expect(text.slice(span.start, span.end)).toBe(span.text)
      expect(text[span.end] ?? ' ').toMatch(/\s/)
    }
    // Together the windows hold every word of the text, in order.
    expect(spans.map((span) => span.text).join(' ')).toBe(text.trim())
  })

  it('should not part a letter from its tashkeel when a window has no space to end at', () => {
    const text = 'قُتِلَ'.repeat(MAX_SENTENCE)
    for (const span of sentences(text)) {
      expect(span.text.length).toBeLessThanOrEqual(MAX_SENTENCE)
      expect(span.text[0]).not.toMatch(/[\u064B-\u065F]/)
    }
  })

  it('should leave sentences of ordinary length as they were', () => {
    const text = generateLongText(3000)
    const spans = [...sentences(text)]
    expect(Math.max(...spans.map((span) => span.text.length))).toBeLessThan(MAX_SENTENCE / 2)
    expect(spans.every((span) => /[.!?؟؛]$/.test(span.text) || !/[.!?؟؛]/.test(text.slice(span.end, span.end + 1)))).toBe(true)
  })
})

describe('hasLongQuote', () => {
  it('should find what /«[^»]{12,}»/ finds, on random runs of quote marks and letters', () => {
    const random = seededRandom(13)
    const pieces = ['«', '»', 'ا', 'ب', ' ', '«ب', 'ابجد هوز']
    for (let sample = 0; sample < 5000; sample++) {
      const text = Array.from({ length: random.int(0, 30) }, () => random.pick(pieces)).join('')
      expect(hasLongQuote(text), text).toBe(/«[^»]{12,}»/.test(text))
    }
  })
})

describe('detection time', () => {
  // Four times the text takes four times as long when detection is linear, sixteen when it is quadratic (the steps
  // this replaced took 9 s for 150,000 characters). The bound, 8×, leaves room for a busy machine.
  for (const [shape, make] of Object.entries(SHAPES)) {
    it(`should grow linearly with the text: ${shape}`, () => {
      fastestDetection(make(10_000))
      const once = fastestDetection(make(50_000))
      const fourTimes = fastestDetection(make(200_000))
      expect(fourTimes / once, `${once.toFixed(1)} ms, then ${fourTimes.toFixed(1)} ms`).toBeLessThan(8)
      expect(fourTimes).toBeLessThan(2000)
    })
  }

  it('should propose windows, not one giant sentence, for a body without punctuation', () => {
    const text = filled('قال مصدر إن القصف مستمر ', 50 * MAX_SENTENCE)
    const claims = detectClaims(text)
    expect(claims.length).toBeGreaterThanOrEqual(50)
    for (const claim of claims) {
      expect(claim.sentence.length).toBeLessThanOrEqual(MAX_SENTENCE)
      expect(text.slice(claim.start, claim.end)).toBe(claim.sentence)
    }
  })
})
