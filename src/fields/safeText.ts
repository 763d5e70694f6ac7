import type { FieldHook, TextFieldSingleValidation } from 'payload'
import { text } from 'payload/shared'

import { fieldError } from '@/collections/errors'
import { defaultLocale } from '@/i18n/locales'
import { hasHiddenControls } from '@/lib/text-safety'

/**
 * Payload's own text validation (required, maxLength) plus no invisible direction or zero-width characters,
 * for headlines and other short public text.
 */
const HIDDEN = 'النص يحوي محارف خفية تغيّر اتجاه العرض أو تختبئ داخل الكلمات: احذفها / The text contains hidden direction or zero-width characters: remove them'
export const safeText: TextFieldSingleValidation = (value, options) => {
  if (typeof value === 'string' && hasHiddenControls(value)) return HIDDEN
  return (text as TextFieldSingleValidation)(value, options)
}

/**
 * The same rules for drafts, which Payload saves without validating: text only, no hidden characters, a hard
 * length limit, and (for a headline) never emptied once written.
 */
export function textOnEverySave({ maxLength, required = false, hidden = true }: { maxLength: number; required?: boolean; hidden?: boolean }): FieldHook {
  return ({ value, previousValue, path, req, collection }) => {
    const empty = value === undefined || value === null || value === ''
    // A headline once written is never emptied in the newsroom's language (another language may stay
    // untranslated). A new draft may start without one: the admin creates it as soon as the form opens.
    const mustHave = required && typeof previousValue === 'string' && previousValue !== '' && (!req.locale || req.locale === defaultLocale)
    const message =
      empty && mustHave
        ? 'لا يُترك العنوان فارغًا / The title cannot be emptied'
        : empty
          ? null
          : typeof value !== 'string'
            ? 'يجب أن يكون نصًا / Must be text'
            : hidden && hasHiddenControls(value)
              ? HIDDEN
              : value.length > maxLength
                ? `النص أطول من ${maxLength} حرف / The text is longer than ${maxLength} characters`
                : null
    if (!message) return value
    fieldError(req, collection?.slug, [{ path: path.join('.'), message }])
  }
}
