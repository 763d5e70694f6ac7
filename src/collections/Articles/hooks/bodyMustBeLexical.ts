import { type FieldHook, ValidationError } from 'payload'

/**
 * A body is a Lexical state ({ root: { children: [...] } }) or nothing. Payload's rich-text validation let a
 * number or a string through on drafts (found by fuzzing); the reader's page cannot render those.
 */
export const bodyMustBeLexical: FieldHook = ({ value, req }) => {
  if (value === undefined || value === null) return value
  const root = (value as { root?: { children?: unknown } })?.root
  if (typeof value === 'object' && root && typeof root === 'object' && Array.isArray(root.children)) return value
  const message = 'نص المقال ليس بصيغة المحرر / The body is not in the editor’s format'
  const error = new ValidationError({ collection: 'articles', errors: [{ path: 'body', message }] }, req.t)
  error.message = message
  throw error
}
