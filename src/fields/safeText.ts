import { type FieldHook, type TextFieldSingleValidation, ValidationError } from 'payload'
import { text } from 'payload/shared'

import { hasHiddenControls } from '@/lib/text-safety'

/**
 * Payload's own text validation (required, maxLength) plus no invisible direction or zero-width characters,
 * for headlines and other short public text.
 */
const HIDDEN = 'النص يحوي محارف خفية تغيّر اتجاه العرض أو تختبئ داخل الكلمات: احذفها / The text contains hidden direction or zero-width characters: remove them'
const MAX_LENGTH = 300

export const safeText: TextFieldSingleValidation = (value, options) => {
  if (typeof value === 'string' && hasHiddenControls(value)) return HIDDEN
  return (text as TextFieldSingleValidation)(value, options)
}

/** The same rules for drafts, which Payload saves without validating: hidden characters, and a hard length limit. */
export const safeTextOnEverySave: FieldHook = ({ value, path, req, collection }) => {
  if (value === undefined || value === null) return value
  const message =
    typeof value !== 'string'
      ? 'يجب أن يكون نصًا / Must be text'
      : hasHiddenControls(value)
        ? HIDDEN
        : value.length > MAX_LENGTH
          ? `النص أطول من ${MAX_LENGTH} حرف / The text is longer than ${MAX_LENGTH} characters`
          : null
  if (!message) return value
  const error = new ValidationError({ collection: collection?.slug, errors: [{ path: path.join('.'), message }] }, req.t)
  error.message = message
  throw error
}
