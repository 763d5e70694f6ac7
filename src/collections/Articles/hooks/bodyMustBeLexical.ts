import { getEnabledNodes, type SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import type { FieldHook, PayloadRequest } from 'payload'

import { fieldError } from '@/collections/errors'

// A body is a Lexical state ({ root: { children: [...] } }) made only of nodes the editor knows. Payload's
// rich-text validation let a number or a string through on drafts (found by fuzzing), and stores nodes of any
// type: one the editor has no class for (`{"type":"html"}`) breaks the admin's editor for that article for
// good ("Minified Lexical error #17"). So every node's type is checked against the editor's own registered
// nodes, on every save, drafts and autosaves included.

/** Nodes Lexical itself registers in every editor, beside those of the features. */
const CORE_NODES = ['root', 'paragraph', 'text', 'linebreak', 'tab']
/** Deeper than any text a person writes; deep enough to overflow a renderer's stack. */
const MAX_DEPTH = 64

const knownTypes = new WeakMap<object, Set<string>>()

function typesOf(editorConfig: SanitizedServerEditorConfig): Set<string> {
  let types = knownTypes.get(editorConfig)
  if (!types) {
    types = new Set(CORE_NODES)
    for (const node of getEnabledNodes({ editorConfig })) if ('getType' in node) types.add(node.getType())
    knownTypes.set(editorConfig, types)
  }
  return types
}

const refuse = (req: PayloadRequest, path: string, ar: string, en: string): never => fieldError(req, 'articles', [{ path, message: `${ar} / ${en}` }])

export const bodyMustBeLexical: FieldHook = ({ value, req, field, path }) => {
  if (value === undefined || value === null) return value
  const where = (path ?? ['body']).join('.')
  const root = (value as { root?: { children?: unknown } })?.root
  if (typeof value !== 'object' || !root || typeof root !== 'object' || (root as { type?: unknown }).type !== 'root' || !Array.isArray(root.children)) {
    refuse(req, where, 'نص المقال ليس بصيغة المحرر', 'The body is not in the editor’s format')
  }
  const editorConfig = (field as { editor?: { editorConfig?: SanitizedServerEditorConfig } }).editor?.editorConfig
  const types = editorConfig ? typesOf(editorConfig) : null
  // Iterative, so a hostile depth cannot overflow this walk either.
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 0 }]
  while (stack.length) {
    const { node, depth } = stack.pop()!
    if (!node || typeof node !== 'object' || Array.isArray(node)) refuse(req, where, 'في نص المقال عنصر ليس بصيغة المحرر', 'The body holds an item that is not in the editor’s format')
    const { type, children } = node as { type?: unknown; children?: unknown }
    if (typeof type !== 'string') refuse(req, where, 'في نص المقال عنصر بلا نوع', 'The body holds an item without a type')
    if (types && !types.has(type as string)) {
      refuse(req, where, `في نص المقال عنصر لا يعرفه المحرر: «${String(type).slice(0, 40)}»`, `The body holds a node the editor does not know: "${String(type).slice(0, 40)}"`)
    }
    // The root is the editor's alone: one, at the top (Lexical throws on a root anywhere else).
    if (type === 'root' && depth > 0) refuse(req, where, 'في نص المقال عنصر ليس بصيغة المحرر', 'The body holds an item that is not in the editor’s format')
    if (children === undefined) continue
    if (!Array.isArray(children)) refuse(req, where, 'في نص المقال عنصر ليس بصيغة المحرر', 'The body holds an item that is not in the editor’s format')
    if (depth >= MAX_DEPTH) refuse(req, where, 'نص المقال متداخل أكثر من اللازم', 'The body is nested too deeply')
    for (const child of children as unknown[]) stack.push({ node: child, depth: depth + 1 })
  }
  return value
}
