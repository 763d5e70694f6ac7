import { describe, expect, it } from 'vitest'

import { BADGE_NODE, badgesAtSentenceEnds } from './badges'

const text = (value: string) => ({ type: 'text', text: value, version: 1 })
const mark = (id: string, value: string) => ({ type: 'mark', ids: [id], version: 1, children: [text(value)] })
const body = (...children: object[]) => ({ root: { type: 'root', children: [{ type: 'paragraph', children }] } })
const flat = (state: ReturnType<typeof body>) =>
  (state.root.children[0].children as { type: string; text?: string; ids?: string[]; children?: { text: string }[] }[]).map((node) =>
    node.type === BADGE_NODE ? `[${node.ids!.join(',')}]` : node.type === 'mark' ? `<${node.children![0].text}>` : node.text,
  )

describe('verdict badges at the end of the sentence', () => {
  it('should put the badge after a whole marked sentence', () => {
    expect(flat(badgesAtSentenceEnds(body(mark('1', 'قال الجيش إنه قتل 12 مسلحًا.'), text(' وتقع البلدة على النهر.'))))).toEqual([
      '<قال الجيش إنه قتل 12 مسلحًا.>',
      '[1]',
      ' وتقع البلدة على النهر.',
    ])
  })

  it('should move the badge of a passage that stops mid-sentence to the sentence end', () => {
    expect(flat(badgesAtSentenceEnds(body(text('وأعلنت الجماعة '), mark('2', 'مقتل 40 جنديًا'), text(' في الهجوم؟ ثم صمتت.'))))).toEqual([
      'وأعلنت الجماعة ',
      '<مقتل 40 جنديًا>',
      ' في الهجوم؟',
      '[2]',
      ' ثم صمتت.',
    ])
  })

  it('should gather two claims of one sentence into one place, and close a paragraph without an end mark', () => {
    expect(flat(badgesAtSentenceEnds(body(mark('3', '40 قتيلًا'), text(' و'), mark('4', '6 آليات'), text(' بحسب البيان'))))).toEqual([
      '<40 قتيلًا>',
      ' و',
      '<6 آليات>',
      ' بحسب البيان',
      '[3,4]',
    ])
  })
})
