import { $createRangeSelection, $getRoot, $isElementNode, type RangeSelection, type TextNode } from '@payloadcms/richtext-lexical/lexical'
import { $isMarkNode } from '@payloadcms/richtext-lexical/lexical/mark'

const insideMark = (node: TextNode) => node.getParents().some($isMarkNode)

/**
 * A selection over the first unmarked occurrence of `quote` within one block of the live editor, or null.
 * Text already inside a claim mark does not match, so a passage is never marked twice. Call inside an update.
 */
export function $selectPassage(quote: string): RangeSelection | null {
  const wanted = quote.trim()
  if (!wanted) return null
  for (const block of $getRoot().getChildren()) {
    if (!$isElementNode(block)) continue
    const nodes = block.getAllTextNodes()
    let text = ''
    const starts = nodes.map((node) => {
      const start = text.length
      text += insideMark(node) ? '\u0000'.repeat(node.getTextContentSize()) : node.getTextContent()
      return start
    })
    const start = text.indexOf(wanted)
    if (start < 0) continue
    const end = start + wanted.length
    const at = (offset: number, isEnd: boolean) => {
      const index = nodes.findIndex((node, i) => (isEnd ? offset <= starts[i] + node.getTextContentSize() : offset < starts[i] + node.getTextContentSize()))
      return { key: nodes[index].getKey(), offset: offset - starts[index] }
    }
    const from = at(start, false)
    const to = at(end, true)
    const selection = $createRangeSelection()
    selection.anchor.set(from.key, from.offset, 'text')
    selection.focus.set(to.key, to.offset, 'text')
    return selection
  }
  return null
}
