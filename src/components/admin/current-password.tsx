'use client'

import { FieldLabel, useAuth, useDocumentInfo, useField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

/**
 * The current password, asked on one's own account page before a new password or email is saved (checked on
 * the server: src/collections/Users/hooks/currentPasswordFirst.ts). Shown to nobody else, never stored.
 */
export const CurrentPassword: TextFieldClientComponent = ({ field, path }) => {
  const { user } = useAuth()
  const { id } = useDocumentInfo()
  const { value, setValue } = useField<string>({ path: path ?? field.name })
  if (!user || String(user.id) !== String(id)) return null
  return (
    <div className="field-type text">
      <FieldLabel htmlFor="field-currentPassword" label={field.label} />
      <div className="field-type__wrap">
        <input id="field-currentPassword" type="password" autoComplete="current-password" value={value ?? ''} onChange={(event) => setValue(event.target.value)} dir="ltr" />
      </div>
    </div>
  )
}
