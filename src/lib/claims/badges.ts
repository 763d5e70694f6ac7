// Where a reader's verdict badge goes: at the end of the sentence its claim sits in, never inside the sentence
// (a hand-flagged passage may stop mid-sentence). A pure pass over the Lexical JSON: a `claim-badge` node, holding
// the claim ids, is put after the first sentence end that follows each marked passage.

type LexicalNode = { type?: string; text?: string; children?: LexicalNode[]; ids?: string[]; [key: string]: unknown }

export const BADGE_NODE = 'claim-badge'

/** A sentence ends at . ! ? ؟ … or the Arabic full stop, with any closing quote or bracket after it. */
const SENTENCE_END = /[.!?؟…۔]+["»”’)\]]*/u

const textOf = (node: LexicalNode): string => (typeof node.text === 'string' ? node.text : (node.children ?? []).map(textOf).join(''))

const endsSentence = (text: string) => new RegExp(`${SENTENCE_END.source}\\s*$`, 'u').test(text)

function placeIn(children: LexicalNode[]): LexicalNode[] {
  const out: LexicalNode[] = []
  let waiting: string[] = []
  const flush = () => {
    if (waiting.length) out.push({ type: BADGE_NODE, version: 1, ids: waiting })
    waiting = []
  }
  for (const child of children) {
    if (child.type === 'mark') {
      out.push({ ...child, children: child.children ? placeIn(child.children) : child.children })
      waiting = [...waiting, ...((child.ids as string[] | undefined) ?? [])]
      if (endsSentence(textOf(child))) flush()
      continue
    }
    if (waiting.length && child.type === 'text' && typeof child.text === 'string') {
      const found = SENTENCE_END.exec(child.text)
      if (found) {
        const cut = found.index + found[0].length
        out.push({ ...child, text: child.text.slice(0, cut) })
        flush()
        if (cut < child.text.length) out.push({ ...child, text: child.text.slice(cut) })
        continue
      }
    }
    if (waiting.length && child.type !== 'text') flush()
    out.push(child.children ? { ...child, children: placeIn(child.children) } : child)
  }
  flush()
  return out
}

/** The body with each marked passage's badge moved to the end of its sentence. */
export function badgesAtSentenceEnds<T>(state: T): T {
  const root = (state as { root?: LexicalNode } | null)?.root
  if (!root?.children) return state
  return { ...(state as object), root: { ...root, children: root.children.map((block) => (block.children ? { ...block, children: placeIn(block.children) } : block)) } } as T
}
