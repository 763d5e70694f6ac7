'use client'

import { FieldError, FieldLabel, useAuth, useDocumentInfo, useField, useFormFields, useFormModified } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import { useEffect, useRef } from 'react'

/**
 * The current password, asked on one's own account page before a new password or email is saved (checked on
 * the server: src/collections/Users/hooks/currentPasswordFirst.ts). Shown to nobody else, never stored.
 */
export const CurrentPassword: TextFieldClientComponent = ({ field, path }) => {
  const fieldPath = path ?? field.name
  const { user } = useAuth()
  const { id } = useDocumentInfo()
  const modified = useFormModified()
  const dispatchFields = useFormFields(([, dispatch]) => dispatch)
  const { value, setValue, errorMessage, valid } = useField<string>({ path: fieldPath })
  const wasModified = useRef(false)
  useEffect(() => {
    // After a save, refused or not, Payload folds the new-password fields away but keeps their values: opened
    // again they showed the old dots, and typing appended to them. A save's passwords are never reused.
    if (wasModified.current && !modified) {
      dispatchFields({ type: 'REMOVE', path: 'password' })
      dispatchFields({ type: 'REMOVE', path: 'confirm-password' })
      dispatchFields({ type: 'UPDATE', path: fieldPath, value: '' })
    }
    wasModified.current = modified
  }, [modified, dispatchFields, fieldPath])
  if (!user || String(user.id) !== String(id)) return null
  const refused = valid === false && Boolean(errorMessage)
  return (
    <div className={`field-type text${refused ? ' error' : ''}`}>
      <FieldLabel htmlFor="field-currentPassword" label={field.label} />
      <div className="field-type__wrap">
        <FieldError path={fieldPath} message={errorMessage} showError={refused} />
        <input
          id="field-currentPassword"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          value={value ?? ''}
          onChange={(event) => {
            setValue(event.target.value)
            // The server's refusal goes once the person types again: useField would keep it, and the next «حفظ»
            // stopped at "correct the invalid fields" with nothing shown. The server alone judges the password.
            if (valid === false) dispatchFields({ type: 'UPDATE', path: fieldPath, valid: true, errorMessage: undefined })
          }}
          aria-invalid={refused || undefined}
          dir="ltr"
        />
      </div>
    </div>
  )
}
