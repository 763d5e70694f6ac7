import type { FieldHook } from 'payload'

import { fieldError } from '@/collections/errors'

/**
 * A body is a Lexical state ({ root: { children: [...] } }) or nothing. Payload's rich-text validation let a
 * number or a string through on drafts (found by fuzzing); the reader's page cannot render those.
 */
export const bodyMustBeLexical: FieldHook = ({ value, req }) => {
  if (value === undefined || value === null) return value
  const root = (value as { root?: { children?: unknown } })?.root
  if (typeof value === 'object' && root && typeof root === 'object' && Array.isArray(root.children)) return value
  fieldError(req, 'articles', [{ path: 'body', message: 'نص المقال ليس بصيغة المحرر / The body is not in the editor’s format' }])
}
