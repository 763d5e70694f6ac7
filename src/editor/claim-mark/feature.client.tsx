'use client'

import { createClientFeature, toolbarFeatureButtonsGroupWithItems } from '@payloadcms/richtext-lexical/client'
import {
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_CRITICAL,
  COMMAND_PRIORITY_EDITOR,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  createCommand,
  CUT_COMMAND,
  DELETE_CHARACTER_COMMAND,
  DELETE_LINE_COMMAND,
  DELETE_WORD_COMMAND,
  DROP_COMMAND,
  FORMAT_ELEMENT_COMMAND,
  FORMAT_TEXT_COMMAND,
  INDENT_CONTENT_COMMAND,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  KEY_BACKSPACE_COMMAND,
  KEY_DELETE_COMMAND,
  KEY_ENTER_COMMAND,
  type LexicalCommand,
  type LexicalEditor,
  OUTDENT_CONTENT_COMMAND,
  PASTE_COMMAND,
  REMOVE_TEXT_COMMAND,
} from '@payloadcms/richtext-lexical/lexical'
import { $isMarkNode, $wrapSelectionInMarkNode, MarkNode } from '@payloadcms/richtext-lexical/lexical/mark'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { $dfs } from '@payloadcms/richtext-lexical/lexical/utils'
import { toast, useAuth, useDocumentDrawer, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useRef, useState } from 'react'

import { VERDICTS, type Verdict } from '@/lib/claims/verdicts'

import { MARK_CLAIM_EVENT, type MarkClaimDetail } from './events'
import { $selectPassage } from './find-passage'

const FLAG_CLAIM_COMMAND = createCommand<void>('FLAG_CLAIM_COMMAND')

const TEXT = {
  ar: {
    flag: 'تعليم كادعاء',
    claim: 'ادعاء',
    saveFirst: 'احفظ المقال أولًا، ثم علّم الادعاء.',
    failed: 'تعذّر تسجيل الادعاء. حاول مرة أخرى.',
    flagged: 'سُجّل الادعاء وعُلّم في النص. احفظ المقال ليبقى التعليم.',
  },
  en: {
    flag: 'Flag as claim',
    claim: 'Claim',
    saveFirst: 'Save the article first, then flag the claim.',
    failed: 'The claim could not be recorded. Try again.',
    flagged: 'Claim recorded and marked in the text. Save the article to keep the mark.',
  },
}

type ClaimSummary = { id: number | string; verdict: Verdict; text: string }

/** The toolbar button's face: Payload gives toolbar buttons no name of their own, so the icon carries it. */
function FlagIcon() {
  const { i18n } = useTranslation()
  const label = TEXT[i18n.language === 'en' ? 'en' : 'ar'].flag
  return (
    <span className="claim-flag" title={label}>
      <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
        <path d="M5 3v14M5 4h9l-2 3 2 3H5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
      </svg>
      <span className="claim-flag__label">{label}</span>
    </span>
  )
}

/** Paints every claim mark with its claim's verdict (a data attribute the admin CSS colours, and a tooltip in words). */
function paintMarks(editor: LexicalEditor, claims: Map<string, ClaimSummary>, language: 'ar' | 'en') {
  editor.getEditorState().read(() => {
    for (const { node } of $dfs()) {
      if (!$isMarkNode(node)) continue
      const element = editor.getElementByKey(node.getKey())
      if (!element) continue
      const claim = node.getIDs().map((id) => claims.get(id)).find(Boolean)
      const verdict = claim?.verdict ?? 'unverified'
      element.dataset.claim = node.getIDs().join(' ')
      element.dataset.verdict = verdict
      element.title = `${TEXT[language].claim}: ${VERDICTS[verdict][language]}`
    }
  })
}

/** The claim of a clicked mark, in a drawer beside the text: its form, saved without leaving the article. */
function ClaimDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const [Drawer, , { openDrawer, isDrawerOpen }] = useDocumentDrawer({ collectionSlug: 'claims', id: (/^\d+$/.test(id) ? Number(id) : id) as number })
  const opened = useRef(false)
  useEffect(() => {
    openDrawer()
  }, [openDrawer])
  useEffect(() => {
    if (isDrawerOpen) opened.current = true
    else if (opened.current) onClose()
  }, [isDrawerOpen, onClose])
  return (
    <Drawer
      onSave={() => {
        window.dispatchEvent(new Event('mirsad:claims-changed'))
      }}
    />
  )
}

function ClaimMarkPlugin() {
  const [editor] = useLexicalComposerContext()
  const { user } = useAuth()
  const role = (user as { role?: string } | null)?.role
  const [openClaim, setOpenClaim] = useState<string | null>(null)
  const closeClaim = useCallback(() => setOpenClaim(null), [])

  // Writers cannot record claims: the toolbar does not offer them a button that can only fail (admin CSS).
  useEffect(() => {
    if (role) document.documentElement.dataset.mirsadRole = role
  }, [role])

  // A fact-checker marks claims in the text but never changes its words (the server refuses it on every path):
  // in their editor every command that would change the words does nothing, while selecting and marking work.
  useEffect(() => {
    if (role !== 'factChecker') return
    const wordChanges = [
      CONTROLLED_TEXT_INSERTION_COMMAND,
      PASTE_COMMAND,
      CUT_COMMAND,
      DROP_COMMAND,
      KEY_BACKSPACE_COMMAND,
      KEY_DELETE_COMMAND,
      KEY_ENTER_COMMAND,
      DELETE_CHARACTER_COMMAND,
      DELETE_WORD_COMMAND,
      DELETE_LINE_COMMAND,
      INSERT_PARAGRAPH_COMMAND,
      INSERT_LINE_BREAK_COMMAND,
      REMOVE_TEXT_COMMAND,
      FORMAT_TEXT_COMMAND,
      FORMAT_ELEMENT_COMMAND,
      INDENT_CONTENT_COMMAND,
      OUTDENT_CONTENT_COMMAND,
    ] as unknown as LexicalCommand<unknown>[]
    const stops = wordChanges.map((command) =>
      editor.registerCommand(
        command,
        (payload: unknown) => {
          // Stop the browser too (a key, a paste, a drop), so nothing reaches the text by another route.
          if (payload && typeof (payload as Event).preventDefault === 'function') (payload as Event).preventDefault()
          return true
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
    )
    // Typing reaches the page through the browser's own input before any command: stop it there too.
    const refuseInput = (event: Event) => event.preventDefault()
    const events = ['beforeinput', 'paste', 'cut', 'drop'] as const
    let current: HTMLElement | null = null
    const listen = (element: HTMLElement | null) => {
      for (const name of events) current?.removeEventListener(name, refuseInput, true)
      current = element
      for (const name of events) current?.addEventListener(name, refuseInput, true)
    }
    const stopRoot = editor.registerRootListener((root) => listen(root))
    return () => {
      stops.forEach((stop) => stop())
      stopRoot()
      listen(null)
    }
  }, [editor, role])

  // A mark opens its claim: with one click for a fact-checker, whose text is read-only; with a double click for
  // those who also edit the words there, so that placing the caret stays a single click.
  useEffect(() => {
    const open = (event: MouseEvent) => {
      const mark = (event.target as HTMLElement | null)?.closest?.('mark[data-claim]') as HTMLElement | null
      const single = role === 'factChecker'
      if (!mark || (event.type === 'click') !== single) return
      const id = mark.dataset.claim?.split(' ')[0]
      if (id) setOpenClaim(id)
    }
    let current: HTMLElement | null = null
    const listen = (element: HTMLElement | null) => {
      current?.removeEventListener('click', open)
      current?.removeEventListener('dblclick', open)
      current = element
      current?.addEventListener('click', open)
      current?.addEventListener('dblclick', open)
    }
    const stop = editor.registerRootListener((root) => listen(root))
    return () => {
      stop()
      listen(null)
    }
  }, [editor, role])

  const { id: articleId } = useDocumentInfo()
  const { i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'ar'
  const claims = useRef(new Map<string, ClaimSummary>())

  const refresh = useCallback(async () => {
    if (!articleId) return
    // Page by page: the API serves at most 100 documents a request.
    const found: ClaimSummary[] = []
    for (let page = 1; ; page++) {
      const query = `where[article][equals]=${encodeURIComponent(String(articleId))}&depth=0&limit=100&page=${page}&select[verdict]=true&select[text]=true`
      const response = await fetch(`/api/claims?${query}`, { credentials: 'include' }).catch(() => null)
      if (!response?.ok) return
      const { docs, hasNextPage } = (await response.json()) as { docs: ClaimSummary[]; hasNextPage?: boolean }
      found.push(...docs)
      if (!hasNextPage) break
    }
    claims.current = new Map(found.map((claim) => [String(claim.id), claim]))
    paintMarks(editor, claims.current, language)
  }, [articleId, editor, language])

  useEffect(() => {
    void refresh()
    const onFocus = () => void refresh()
    window.addEventListener('focus', onFocus)
    window.addEventListener('mirsad:claims-changed', onFocus)
    const stopUpdates = editor.registerUpdateListener(() => paintMarks(editor, claims.current, language))
    return () => {
      window.removeEventListener('focus', onFocus)
      window.removeEventListener('mirsad:claims-changed', onFocus)
      stopUpdates()
    }
  }, [editor, language, refresh])

  // The detector's accepted proposals arrive as events: mark the passage in the live text.
  useEffect(() => {
    const onMark = (event: Event) => {
      const detail = (event as CustomEvent<MarkClaimDetail>).detail
      editor.update(
        () => {
          const selection = $selectPassage(detail.quote)
          if (!selection) return
          $wrapSelectionInMarkNode(selection, false, detail.claimId)
          detail.marked = true
        },
        { discrete: true },
      )
      void refresh()
    }
    window.addEventListener(MARK_CLAIM_EVENT, onMark)
    return () => window.removeEventListener(MARK_CLAIM_EVENT, onMark)
  }, [editor, refresh])

  // A selection flagged from the toolbar becomes a claim record first, then a mark linked to it.
  useEffect(
    () =>
      editor.registerCommand(
        FLAG_CLAIM_COMMAND,
        () => {
          const t = TEXT[language]
          let saved: ReturnType<typeof $getSelection> = null
          let quote = ''
          editor.getEditorState().read(() => {
            const selection = $getSelection()
            saved = selection?.clone() ?? null
            quote = selection?.getTextContent().trim() ?? ''
          })
          if (!quote) return true
          if (!articleId) {
            toast.error(t.saveFirst)
            return true
          }
          void (async () => {
            const response = await fetch('/api/claims', {
              method: 'POST',
              credentials: 'include',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ article: articleId, text: quote, anchor: { quote }, verdict: 'unverified' }),
            }).catch(() => null)
            if (!response?.ok) return toast.error(t.failed)
            const { doc } = (await response.json()) as { doc: ClaimSummary }
            editor.update(() => {
              $setSelection(saved)
              const selection = $getSelection()
              if ($isRangeSelection(selection)) $wrapSelectionInMarkNode(selection, selection.isBackward(), String(doc.id))
            })
            toast.success(t.flagged)
            void refresh()
          })()
          return true
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [articleId, editor, language, refresh],
  )

  return openClaim ? <ClaimDrawer key={openClaim} id={openClaim} onClose={closeClaim} /> : null
}

const toolbarGroups = [
  toolbarFeatureButtonsGroupWithItems([
    {
      key: 'claimMark',
      ChildComponent: FlagIcon,
      label: ({ i18n }) => TEXT[i18n.language === 'en' ? 'en' : 'ar'].flag,
      isEnabled: ({ selection }) => $isRangeSelection(selection) && !selection.isCollapsed(),
      onSelect: ({ editor }) => editor.dispatchCommand(FLAG_CLAIM_COMMAND, undefined),
      order: 10,
    },
  ]),
]

export const ClaimMarkFeatureClient = createClientFeature({
  nodes: [MarkNode],
  plugins: [{ Component: ClaimMarkPlugin, position: 'normal' }],
  toolbarFixed: { groups: toolbarGroups },
  toolbarInline: { groups: toolbarGroups },
})
