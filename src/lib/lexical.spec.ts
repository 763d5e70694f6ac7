import { describe, expect, it } from 'vitest'

import { lexicalFromText, textFromLexical } from './lexical'

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
