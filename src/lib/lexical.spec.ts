import { describe, expect, it } from 'vitest'

import { lexicalFromText, markedClaimIds, markQuote, sameWords, textFromLexical, withoutClaimMarks } from './lexical'

describe('lexicalFromText', () => {
  it('should make headings from "## " blocks and paragraphs from the rest', () => {
    const state = lexicalFromText('مقدمة الخبر.\n\n## عنوان فرعي\n\nفقرة\nعلى سطرين.')
    expect(state.root.children.map((block) => block.type)).toEqual(['paragraph', 'heading', 'paragraph'])
    expect(state.root.direction).toBe('rtl')
    expect(textFromLexical(state)).toBe('مقدمة الخبر.\n\nعنوان فرعي\n\nفقرة على سطرين.')
  })

  it('should read an empty or missing state as empty text', () => {
    expect(textFromLexical(null)).toBe('')
    expect(textFromLexical(lexicalFromText(''))).toBe('')
  })
})

describe('claim marks', () => {
  const body = lexicalFromText('قالت الجماعة إن 40 جنديًا قُتلوا. ولم تعلّق السلطات.\n\nوأضافت أنها استولت على أسلحة.')

  it('should wrap a quoted passage in a mark that keeps the text and names the claim', () => {
    const { state, marked } = markQuote(body, 'إن 40 جنديًا قُتلوا', '7')
    expect(marked).toBe(true)
    const paragraph = state.root.children[0] as unknown as { children: { type: string; text?: string; ids?: string[] }[] }
    expect(paragraph.children.map((child) => child.type)).toEqual(['text', 'mark', 'text'])
    expect(paragraph.children[1].ids).toEqual(['7'])
    expect(textFromLexical(state)).toBe(textFromLexical(body))
    expect(markedClaimIds(state)).toEqual(['7'])
  })

  it('should not mark a passage that is absent, or one that overlaps an existing mark', () => {
    expect(markQuote(body, 'نص غير موجود', '1').marked).toBe(false)
    const once = markQuote(body, '40 جنديًا', '1').state
    expect(markQuote(once, 'إن 40', '2').marked).toBe(false)
    const twice = markQuote(once, 'ولم تعلّق السلطات', '2').state
    expect(markedClaimIds(twice)).toEqual(['1', '2'])
  })

  it('should see a body that differs only by marks as the same words, and any edit as a change', () => {
    const marked = markQuote(markQuote(body, 'استولت على أسلحة', '3').state, 'قالت الجماعة', '4').state
    expect(sameWords(body, marked)).toBe(true)
    expect(withoutClaimMarks(marked)).toEqual(body)
    const edited = lexicalFromText('قالت الجماعة إن 41 جنديًا قُتلوا. ولم تعلّق السلطات.\n\nوأضافت أنها استولت على أسلحة.')
    expect(sameWords(marked, edited)).toBe(false)
  })

  it('should read the editor’s own serialisation (other key order, derived direction) as the same words', () => {
    const reordered = JSON.parse(JSON.stringify(body), (_key, value) =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).reverse().map(([key, inner]) => [key, key === 'direction' ? null : inner]))
        : value,
    )
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(body))
    expect(sameWords(body, reordered)).toBe(true)
  })
})
