'use client'

import { useTranslation } from '@payloadcms/ui'
import { type ReactNode, useEffect } from 'react'

// Payload's Lexical editor names some of its controls in English whatever the admin's language ("Drag to move",
// "Add block"…): they are not in its translations. In the Arabic admin they are renamed as they appear.
const ARABIC: Record<string, string> = {
  'Drag to move': 'اسحب للنقل',
  'Add block': 'أضف كتلة',
  'Insert Paragraph': 'أدرج فقرة',
  'Edit link': 'عدّل الرابط',
  'Remove link': 'أزل الرابط',
  'Toggle block': 'إظهار الكتلة أو إخفاؤها',
}
const ATTRIBUTES = ['aria-label', 'title'] as const

function rename(root: ParentNode) {
  for (const attribute of ATTRIBUTES) {
    for (const element of root.querySelectorAll<HTMLElement>(`[${attribute}]`)) {
      const arabic = ARABIC[element.getAttribute(attribute) ?? '']
      if (arabic) element.setAttribute(attribute, arabic)
    }
  }
}

/** Wraps the admin: in Arabic, renames the editor's English-only controls as they are added to the page. */
export function EditorLabels({ children }: { children?: ReactNode }) {
  const { i18n } = useTranslation()
  const arabic = i18n.language !== 'en'
  useEffect(() => {
    if (!arabic) return
    rename(document)
    const observer = new MutationObserver((changes) => {
      for (const change of changes) {
        if (change.type === 'attributes') rename(change.target.parentNode ?? document)
        for (const node of change.addedNodes) if (node instanceof HTMLElement) rename(node.parentNode ?? node)
      }
    })
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: [...ATTRIBUTES] })
    return () => observer.disconnect()
  }, [arabic])
  return <>{children}</>
}
