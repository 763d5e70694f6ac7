// Builds Lexical editor state from plain text, for demo content and tests: "## " starts a heading,
// a blank line separates paragraphs. No Payload import: the shape is Lexical's own JSON.

type Direction = 'rtl' | 'ltr'

const textNode = (text: string) => ({ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })

const blockBase = (direction: Direction) => ({ direction, format: '' as const, indent: 0, version: 1 })

export function lexicalFromText(text: string, direction: Direction = 'rtl') {
  const blocks = text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) =>
      block.startsWith('## ')
        ? { ...blockBase(direction), type: 'heading', tag: 'h2', children: [textNode(block.slice(3).trim())] }
        : { ...blockBase(direction), type: 'paragraph', textFormat: 0, textStyle: '', children: [textNode(block.replace(/\s*\n\s*/g, ' '))] },
    )
  return { root: { ...blockBase(direction), type: 'root', children: blocks } }
}

/** The plain text of a Lexical state, paragraphs separated by blank lines. */
export function textFromLexical(state: unknown): string {
  const walk = (node: { text?: string; children?: unknown[] }): string =>
    node.text ?? (node.children ?? []).map((child) => walk(child as typeof node)).join('')
  const root = (state as { root?: { children?: unknown[] } } | null)?.root
  return (root?.children ?? []).map((block) => walk(block as { children?: unknown[] })).join('\n\n')
}
