'use client'

import { createClientFeature } from '@payloadcms/richtext-lexical/client'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

/**
 * Payload 3.90 gives every other field the document's read-only state (no update permission, trashed), but its
 * rich-text field only the field's access and the lock, and fixes `editable` when the editor mounts. This follows
 * the document's permission as it changes, through Lexical's own switch, and gives back only what it took.
 */
function ReadOnlyWithDocumentPlugin() {
  const [editor] = useLexicalComposerContext()
  const { hasSavePermission, isTrashed } = useDocumentInfo()
  const mayChange = hasSavePermission !== false && !isTrashed
  const madeReadOnly = useRef(false)

  useEffect(() => {
    if (!mayChange && editor.isEditable()) {
      editor.setEditable(false)
      madeReadOnly.current = true
    } else if (mayChange && madeReadOnly.current) {
      editor.setEditable(true)
      madeReadOnly.current = false
    }
  }, [editor, mayChange])

  return null
}

export const ReadOnlyWithDocumentFeatureClient = createClientFeature({
  plugins: [{ Component: ReadOnlyWithDocumentPlugin, position: 'normal' }],
})
