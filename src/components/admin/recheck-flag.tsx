'use client'

import { CheckboxField, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import type { CheckboxFieldClientComponent } from 'payload'

/**
 * «تغيّر المقطع بعد التحقق»: in sight while the claim as saved is flagged (the server found its passage changed
 * since the check) or the box is ticked. Read off the form alone, it vanished the moment the person unticked it,
 * before they had saved, or could change their mind.
 */
export const RecheckFlag: CheckboxFieldClientComponent = (props) => {
  const { savedDocumentData } = useDocumentInfo()
  const ticked = useFormFields(([fields]) => fields[props.path]?.value === true)
  if (savedDocumentData?.needsRecheck !== true && !ticked) return null
  return <CheckboxField {...props} />
}
