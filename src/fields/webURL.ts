import type { TextField } from 'payload'

import { isWebURL, WEB_URL_MESSAGE } from '@/lib/urls'

type Label = TextField['label']

/** A text field that accepts only http(s) addresses, so nothing else is ever rendered as a link. */
export function webURLField(name: string, label: Label, options: { required?: boolean } = {}): TextField {
  return {
    name,
    type: 'text',
    label,
    required: options.required,
    validate: (value: unknown) => (!value && !options.required) || isWebURL(value) || WEB_URL_MESSAGE,
  } as TextField
}
