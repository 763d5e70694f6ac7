'use client'

import { Button, useConfig, useDocumentInfo, useFormProcessing } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'

import { inLanguage } from '@/lib/bilingual'

import { refusalReasons, useAdminText, useSaveDraft } from './admin-client'

type Failure = { reason: string }
type Outcome = { ok: true; publish: boolean } | { ok: false; publish: boolean; reason: string; status?: number }
type Listener = (outcome: Outcome) => void

const listeners = new Set<Listener>()
let watching = false

/** Whether a request is a save of the article open in this view (autosave, a draft save, a publication). */
const isSave = (input: RequestInfo | URL, init: RequestInit | undefined, articlePath: string) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
  const method = (init?.method ?? (typeof input === 'object' && 'method' in input ? input.method : 'GET')).toUpperCase()
  return (method === 'PATCH' || method === 'POST') && new URL(url, window.location.href).pathname === articlePath
}

/** Whether a save asks to publish (Payload's «نشر» button): no `draft=true`, and `_status: published` in the form. */
const isPublish = (input: RequestInfo | URL, init: RequestInit | undefined) => {
  const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, window.location.href)
  if (url.searchParams.get('draft') === 'true' || !(init?.body instanceof FormData)) return false
  const form = init.body.get('_payload')
  try {
    return typeof form === 'string' && (JSON.parse(form) as { _status?: string })._status === 'published'
  } catch {
    return false
  }
}

/**
 * Payload's autosave keeps saying «تم الحفظ آخر مرة …» after a save that failed (a 500, a refusal, a dropped
 * connection): the time of the last good save, read as if everything were saved. The admin's saves go through
 * `fetch`; watching its answers for this article is the one place that sees every save, whoever started it.
 */
function watchSaves(articlePath: () => string | null) {
  if (watching) return
  watching = true
  const original = window.fetch.bind(window)
  window.fetch = async (input, init) => {
    const path = articlePath()
    if (!path || !isSave(input, init, path)) return original(input, init)
    const publish = isPublish(input, init)
    try {
      const response = await original(input, init)
      const outcome: Outcome = response.ok ? { ok: true, publish } : { ok: false, publish, status: response.status, reason: (await refusalReasons(response)).join(' ') || `HTTP ${response.status}` }
      for (const listener of listeners) listener(outcome)
      return response
    } catch (error) {
      for (const listener of listeners) listener({ ok: false, publish, reason: '' })
      throw error
    }
  }
}

let currentPath: string | null = null

/**
 * A failed save in the edit view: a banner that stays until a save goes through, in the interface's language,
 * with the server's reason and a way to try again, while the header's «تم الحفظ» is hidden. A refused publication
 * is not a lost text (autosave keeps the draft): it says that publishing was refused and why, until a later
 * publication goes through.
 */
export function SaveStatus() {
  const { id } = useDocumentInfo()
  const { language, text } = useAdminText()
  const saveDraft = useSaveDraft()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const [failure, setFailure] = useState<Failure | null>(null)
  const [publishRefusal, setPublishRefusal] = useState<Failure | null>(null)
  const draftToKeep = useRef(false)
  const processing = useFormProcessing()
  const [retrying, setRetrying] = useState(false)

  useEffect(() => {
    if (!id) return
    currentPath = `${api}/articles/${id}`
    watchSaves(() => currentPath)
    const listener: Listener = (outcome) => {
      // Publishing refused by a rule (the gate: 400, the role: 403): what is on the page is then kept as a draft.
      if (outcome.publish && !outcome.ok && (outcome.status === 400 || outcome.status === 403)) {
        setPublishRefusal({ reason: outcome.reason })
        draftToKeep.current = true
        return
      }
      if (outcome.publish && outcome.ok) setPublishRefusal(null)
      setFailure(outcome.ok ? null : { reason: outcome.reason })
    }
    listeners.add(listener)
    return () => {
      listeners.delete(listener)
    }
  }, [api, id])

  // Payload marks the form unmodified after any answer, a refused publication too: words typed since the last
  // autosave went out only with that refused request, and nothing would save them. They are saved as a draft
  // once Payload is done with its answer.
  useEffect(() => {
    if (!draftToKeep.current || processing) return
    draftToKeep.current = false
    void saveDraft().catch(() => {})
  }, [publishRefusal, processing, saveDraft])

  useEffect(() => {
    document.documentElement.classList.toggle('mirsad-save-failed', Boolean(failure))
    return () => document.documentElement.classList.remove('mirsad-save-failed')
  }, [failure])

  if (!failure && publishRefusal) {
    return (
      <div role="alert" className="save-status save-status--publish-refused">
        <strong>{text('publishRefused')}</strong>
        <p className="save-status__reason">{inLanguage(publishRefusal.reason, language)}</p>
        <p>{text('publishRefusedHint')}</p>
      </div>
    )
  }
  if (!failure) return null

  const retry = async () => {
    setRetrying(true)
    await saveDraft().catch(() => {})
    setRetrying(false)
  }

  return (
    <div role="alert" className="save-status save-status--failed">
      <strong>{text('saveFailed')}</strong>
      <p className="save-status__reason">{failure.reason ? inLanguage(failure.reason, language) : text('connectionLost')}</p>
      <p>{text('saveFailedHint')}</p>
      <Button buttonStyle="primary" size="small" onClick={() => void retry()} disabled={retrying}>
        {retrying ? text('retrying') : text('retry')}
      </Button>
    </div>
  )
}
