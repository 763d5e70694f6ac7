'use client'

import { createClientFeature, useEditorConfigContext } from '@payloadcms/richtext-lexical/client'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { useAuth, useDocumentInfo, useFormInitializing, useFormProcessing } from '@payloadcms/ui'
import { useEffect } from 'react'

import { idOf } from '@/lib/ids'

/**
 * Payload 3.90 gives every other field the document's read-only state (no update permission, trashed, another
 * person's lock), but its rich-text field only the field's access and the lock at load, and fixes `editable` once,
 * when the editor mounts, from those and from whether the form is busy. The editor is lazy: one that mounts while a
 * publication is under way (the «نشر» click came first) stays read-only after it. This follows the document's state
 * as it changes, through Lexical's own switch, and never makes editable what Payload rendered read-only.
 */
function ReadOnlyWithDocumentPlugin() {
  const [editor] = useLexicalComposerContext()
  const { fieldProps } = useEditorConfigContext()
  const { currentEditor, documentIsLocked, hasSavePermission, isTrashed } = useDocumentInfo()
  const { user } = useAuth()
  const processing = useFormProcessing()
  const initializing = useFormInitializing()
  const lockedByOther = Boolean(documentIsLocked && currentEditor && idOf(currentEditor) !== user?.id)
  const readOnlyFromPayload = fieldProps?.readOnly === true || fieldProps?.field?.admin?.readOnly === true
  const mayChange = hasSavePermission !== false && !isTrashed && !lockedByOther && !readOnlyFromPayload
  const busy = processing || initializing

  useEffect(() => {
    if (!mayChange) {
      if (editor.isEditable()) editor.setEditable(false)
    } else if (!busy && !editor.isEditable()) {
      editor.setEditable(true)
    }
  }, [editor, mayChange, busy])

  return null
}

export const ReadOnlyWithDocumentFeatureClient = createClientFeature({
  plugins: [{ Component: ReadOnlyWithDocumentPlugin, position: 'normal' }],
})
