'use client'

import { getTranslation } from '@payloadcms/translations'
import { useConfig, useTranslation } from '@payloadcms/ui'
import { type ReactNode, useEffect, useRef } from 'react'

import type { AdminTextKey } from '@/i18n/admin/translations'

import { useAdminText } from './admin-client'

// Payload, its Lexical editor and the drag-and-drop library under both write some words in English whatever the
// admin's language, print "[object Object]" where a label has one wording per language, leave the editor's buttons
// without a name, and toast the browser's own "Failed to fetch". This provider words them in the interface's
// language as they reach the page; the words live in src/i18n/admin/translations.ts.

type Words = {
  t: (key: string, values?: Record<string, unknown>) => string
  text: (key: AdminTextKey, values?: Record<string, string | number>) => string
  /** A collection's singular name in the interface's language. */
  singular: (slug: string) => string | null
}

/** English names written into aria-label or title, whatever the language. */
const NAMES: Record<string, AdminTextKey> = {
  'Drag to move': 'dragToMove',
  'Add block': 'addBlock',
  'Insert Paragraph': 'insertParagraph',
  'Edit link': 'editLink',
  'Remove link': 'removeLink',
  'text dropdown': 'textStyle',
  'align dropdown': 'alignment',
  'Slash menu': 'slashMenu',
}

/** Lexical's toolbar buttons, known by their key, show only an icon. */
const TOOLBAR_BUTTONS: Record<string, AdminTextKey> = {
  bold: 'bold',
  italic: 'italic',
  underline: 'underline',
  strikethrough: 'strikethrough',
  subscript: 'subscript',
  superscript: 'superscript',
  inlineCode: 'inlineCode',
  link: 'link',
  indentIncrease: 'indentIncrease',
  indentDecrease: 'indentDecrease',
}

/** What browsers say when a request never reached the server (Chromium, Safari, Firefox, React Native). */
const NETWORK_FAILURES = new Set(['Failed to fetch', 'Load failed', 'NetworkError when attempting to fetch resource.', 'Network request failed'])

const ATTRIBUTES = ['aria-label', 'title'] as const

/** dnd-kit's hidden instructions for screen readers begin so; its announcements come in a live region. */
const DRAG_INSTRUCTIONS = 'To pick up a draggable item'
const DRAG_ANNOUNCEMENTS = '[role="status"][aria-live="assertive"]'

const textOf = (root: Element | null | undefined, selector: string) => root?.querySelector(selector)?.textContent?.trim() || null

/** The label Payload meant where it printed "[object Object]", read from what the control sits in. */
function meantLabel(element: HTMLElement, words: Words): string | null {
  const { t } = words
  const sortColumn = element.closest('.sort-column')
  if (sortColumn) {
    const label = textOf(sortColumn, '.sort-column__label')
    const direction = t(element.classList.contains('sort-column__asc') ? 'general:ascending' : 'general:descending')
    return label && t('general:sortByLabelDirection', { label, direction })
  }
  // A dashboard card is titled with the plural («المقالات»); one creates a single article.
  const card = element.closest('.card[id^="card-"]')
  if (card) {
    const label = words.singular(card.id.slice('card-'.length)) ?? textOf(card, '.card__title')
    return label && t('general:createNewLabel', { label })
  }
  // The tooltip beside the button already says it with the label in the right language.
  return textOf(element.closest('.relationship-add-new'), '.relationship-add-new__tooltip')
}

/** The name an aria-label or title should have instead of `value`, or null to leave it; '' removes it. */
function renamed(element: HTMLElement, attribute: string, value: string, words: Words): string | null {
  const { t, text } = words
  if (NAMES[value]) return text(NAMES[value])
  if (value === 'Toggle block') return t('fields:toggleBlock')
  // The language selector's invisible stand-in, which keeps its place in the header, is named "invisible".
  if (value === 'invisible' && element.matches('.app-header__localizer-spacing')) return ''
  if (value.startsWith('Notifications ')) return `${text('notifications')}${value.slice('Notifications'.length)}`
  if (value.includes('[object Object]')) return meantLabel(element, words)
  if (value.startsWith('Edit ') && element.matches('.relationship--multi-value-label__drawer-toggler')) return t('general:editLabel', { label: value.slice(5) })
  // A checkbox's tooltip, and so its only name, is its field's name ("named", "select-all"): its label says it in words.
  if (attribute === 'title' && element instanceof HTMLInputElement && element.type === 'checkbox' && value === element.name) {
    if (value === 'select-all') return t('general:selectAllRows')
    return (element.id && textOf(element.ownerDocument.body, `label[for="${CSS.escape(element.id)}"]`)) || ''
  }
  return null
}

/** The words a text written in English by a library should read, or null to leave it. */
function retold(element: HTMLElement, value: string, { text }: Words): string | null {
  if (value.startsWith(DRAG_INSTRUCTIONS)) return text('dragInstructions')
  if (element.matches(DRAG_ANNOUNCEMENTS)) {
    const picked = /^Picked up draggable item (.+)\.$/.exec(value)
    if (picked) return text('dragPickedUp', { item: picked[1] })
    const over = /^Draggable item (.+) was (moved|dropped) over droppable area (.+?)\.?$/.exec(value)
    if (over) return text(over[2] === 'moved' ? 'dragOver' : 'dragDropped', { item: over[1], target: over[3] })
    const outside = /^Draggable item (.+) is no longer over a droppable area\.$/.exec(value)
    if (outside) return text('dragOutside', { item: outside[1] })
    const cancelled = /^(Dragging was cancelled\. )?Draggable item (.+) was dropped\.$/.exec(value)
    if (cancelled) return text(cancelled[1] ? 'dragCancelled' : 'dragDroppedAlone', { item: cancelled[2] })
    return null
  }
  if (element.closest('[data-sonner-toast]')) {
    if (NETWORK_FAILURES.has(value)) return text('networkFailed')
    const refresh = /^Refreshing (token|permissions) failed: (.*)$/.exec(value)
    if (refresh) return `${text(refresh[1] === 'token' ? 'refreshFailed' : 'permissionsFailed')}: ${NETWORK_FAILURES.has(refresh[2]) ? text('networkFailed') : refresh[2]}`
  }
  return null
}

function rewordElement(element: HTMLElement, words: Words) {
  for (const attribute of ATTRIBUTES) {
    const value = element.getAttribute(attribute)
    if (!value) continue
    const name = renamed(element, attribute, value, words)
    if (name === '') element.removeAttribute(attribute)
    else if (name && name !== value) element.setAttribute(attribute, name)
  }
  if (element.matches('button.toolbar-popup__button[data-button-key]') && !element.hasAttribute('aria-label')) {
    const key = TOOLBAR_BUTTONS[element.dataset.buttonKey ?? '']
    if (key) {
      element.setAttribute('aria-label', words.text(key))
      element.setAttribute('title', words.text(key))
    }
  }
  // Only a lone text node is changed in place, so React, which holds that node, keeps updating it.
  const only = element.childNodes.length === 1 ? element.firstChild : null
  if (only?.nodeType === Node.TEXT_NODE && only.nodeValue?.trim()) {
    const told = retold(element, only.nodeValue.trim(), words)
    if (told && told !== only.nodeValue) only.nodeValue = told
  }
}

function reword(root: Element, words: Words) {
  if (root instanceof HTMLElement) rewordElement(root, words)
  for (const element of root.querySelectorAll<HTMLElement>(`[aria-label], [title], button.toolbar-popup__button, ${DRAG_ANNOUNCEMENTS}, [data-sonner-toast] *`)) {
    rewordElement(element, words)
  }
  // The instructions sit in a plain hidden div, known only by its words.
  if (root.textContent?.includes(DRAG_INSTRUCTIONS)) {
    for (const element of root.querySelectorAll<HTMLElement>('div')) if (element.childElementCount === 0) rewordElement(element, words)
  }
}

let fetchWrapped = false

/** A request that never reached the server rejects with the browser's English; Payload toasts that message as is. */
function wordNetworkFailures(message: () => string) {
  if (fetchWrapped) return
  fetchWrapped = true
  const original = window.fetch.bind(window)
  window.fetch = (input, init) =>
    original(input, init).catch((error: unknown) => {
      // An abort is a DOMException, not a TypeError: it keeps its own meaning.
      if (error instanceof TypeError) throw new TypeError(message(), { cause: error })
      throw error
    })
}

/** Wraps the admin: words what Payload and its libraries leave in English, in the interface's language. */
export function EditorLabels({ children }: { children?: ReactNode }) {
  const { i18n, t } = useTranslation()
  const { text } = useAdminText()
  const { config } = useConfig()
  const singular = (slug: string) => {
    const label = config.collections.find((collection) => collection.slug === slug)?.labels?.singular
    return label ? getTranslation(label, i18n) : null
  }
  const current = (): Words => ({ t: t as Words['t'], text, singular })
  const words = useRef<Words>(current())
  useEffect(() => {
    words.current = current()
  })

  useEffect(() => {
    wordNetworkFailures(() => words.current.text('networkFailed'))
    reword(document.body, words.current)
    const observer = new MutationObserver((changes) => {
      for (const change of changes) {
        const target = change.target instanceof Element ? change.target : change.target.parentElement
        if (change.type === 'attributes' && target instanceof HTMLElement) rewordElement(target, words.current)
        else if (change.type === 'characterData' && target instanceof HTMLElement) rewordElement(target, words.current)
        for (const node of change.addedNodes) {
          if (node instanceof Element) reword(node, words.current)
          else if (node.parentElement) rewordElement(node.parentElement, words.current)
        }
      }
    })
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: [...ATTRIBUTES] })
    return () => observer.disconnect()
  }, [])
  return <>{children}</>
}
