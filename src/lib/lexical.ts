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

// Claim marks: a `mark` node whose `ids` are the claim records it stands for (see src/editor/).

type LexicalNode = { type?: string; text?: string; children?: LexicalNode[]; ids?: string[]; [key: string]: unknown }

const isMark = (node: LexicalNode) => node.type === 'mark'
const sameTextStyle = (a: LexicalNode, b: LexicalNode) =>
  a.type === 'text' && b.type === 'text' && a.format === b.format && a.style === b.style && a.mode === b.mode && a.detail === b.detail

/** Children with claim marks unwrapped and the text runs a mark had split joined again. */
function unmarkChildren(children: LexicalNode[]): LexicalNode[] {
  const flat = children.flatMap((child) => (isMark(child) ? unmarkChildren(child.children ?? []) : [unmark(child)]))
  return flat.reduce<LexicalNode[]>((joined, node) => {
    const last = joined[joined.length - 1]
    if (last && sameTextStyle(last, node)) joined[joined.length - 1] = { ...last, text: `${last.text}${node.text}` }
    else joined.push(node)
    return joined
  }, [])
}

function unmark(node: LexicalNode): LexicalNode {
  return node.children ? { ...node, children: unmarkChildren(node.children) } : node
}

/** A Lexical state without its claim marks: what the words and their formatting are. */
export function withoutClaimMarks<T>(state: T): T {
  const root = (state as { root?: LexicalNode } | null)?.root
  return root ? ({ ...state, root: unmark(root) } as T) : state
}

// Keys the editor derives by itself (text direction, a block's remembered format for new text): two states
// that differ only there, or in key order, hold the same words.
const DERIVED_KEYS = new Set(['direction', 'textFormat', 'textStyle'])

const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical)
  if (!value || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.keys(value)
      .filter((key) => !DERIVED_KEYS.has(key))
      .sort()
      .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
  )
}

/** Whether two bodies differ only by claim marks (a fact-checker's change) or not at all. */
export function sameWords(before: unknown, after: unknown): boolean {
  return JSON.stringify(canonical(withoutClaimMarks(before ?? null))) === JSON.stringify(canonical(withoutClaimMarks(after ?? null)))
}

/** The claim ids marked in a body, in reading order, each once. */
export function markedClaimIds(state: unknown): string[] {
  const ids: string[] = []
  const walk = (node: LexicalNode) => {
    if (isMark(node)) for (const id of node.ids ?? []) if (!ids.includes(id)) ids.push(id)
    node.children?.forEach(walk)
  }
  const root = (state as { root?: LexicalNode } | null)?.root
  if (root) walk(root)
  return ids
}

/** The words each claim mark holds, by claim id (a claim marked twice: its passages joined by a space). */
export function markedPassages(state: unknown): Map<string, string> {
  const passages = new Map<string, string>()
  const words = (node: LexicalNode): string => (typeof (node as { text?: unknown }).text === 'string' ? ((node as { text: string }).text) : (node.children ?? []).map(words).join(''))
  const walk = (node: LexicalNode) => {
    if (isMark(node)) {
      for (const id of node.ids ?? []) passages.set(id, [passages.get(id), words(node)].filter(Boolean).join(' '))
      return
    }
    node.children?.forEach(walk)
  }
  const root = (state as { root?: LexicalNode } | null)?.root
  if (root) walk(root)
  return passages
}

const markNode = (id: string, children: LexicalNode[], direction: unknown) => ({
  type: 'mark',
  ids: [id],
  children,
  direction: direction ?? null,
  format: '',
  indent: 0,
  version: 1,
})

/**
 * Wraps the first unmarked occurrence of `quote` in a claim mark. Only a passage that lies within one
 * block's run of plain text nodes is marked; returns the state unchanged (marked: false) otherwise.
 */
export function markQuote<T>(state: T, quote: string, claimId: string): { state: T; marked: boolean } {
  const wanted = quote.trim()
  const root = (state as { root?: LexicalNode } | null)?.root
  if (!root || !wanted) return { state, marked: false }
  let marked = false

  const markIn = (block: LexicalNode): LexicalNode => {
    if (marked || !block.children) return block
    const children = block.children
    if (!children.every((child) => child.type === 'text' || isMark(child))) return { ...block, children: children.map(markIn) }
    // Offsets of each plain text child within the block's text, skipping existing marks.
    let text = ''
    const spans: { index: number; start: number }[] = []
    children.forEach((child, index) => {
      if (child.type === 'text') spans.push({ index, start: text.length })
      text += isMark(child) ? '\u0000'.repeat(plainLength(child)) : (child.text ?? '')
    })
    const start = text.indexOf(wanted)
    if (start < 0) return block
    const end = start + wanted.length
    const next: LexicalNode[] = []
    let inside: LexicalNode[] = []
    children.forEach((child, index) => {
      const span = spans.find((candidate) => candidate.index === index)
      if (!span) return next.push(child)
      const from = span.start
      const to = from + (child.text ?? '').length
      if (to <= start || from >= end) return next.push(child)
      const cut = (a: number, b: number) => ({ ...child, text: (child.text ?? '').slice(a - from, b - from) })
      if (from < start) next.push(cut(from, start))
      inside.push(cut(Math.max(from, start), Math.min(to, end)))
      if (to >= end) {
        next.push(markNode(claimId, inside, block.direction))
        inside = []
        if (to > end) next.push(cut(end, to))
      }
    })
    marked = true
    return { ...block, children: next }
  }

  const next = { ...root, children: (root.children ?? []).map(markIn) }
  return marked ? { state: { ...state, root: next } as T, marked } : { state, marked }
}

const plainLength = (node: LexicalNode): number => (node.text ?? '').length + (node.children ?? []).reduce((sum, child) => sum + plainLength(child), 0)
