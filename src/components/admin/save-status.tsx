'use client'

import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { inLanguage } from '@/lib/bilingual'

import { refusalReasons, useAdminText, useSaveDraft } from './admin-client'

type Failure = { reason: string }
type Listener = (outcome: { ok: true } | { ok: false; reason: string }) => void

const listeners = new Set<Listener>()
let watching = false

/** Whether a request is a save of the article open in this view (autosave, a draft save, a publication). */
const isSave = (input: RequestInfo | URL, init: RequestInit | undefined, articlePath: string) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
  const method = (init?.method ?? (typeof input === 'object' && 'method' in input ? input.method : 'GET')).toUpperCase()
  return (method === 'PATCH' || method === 'POST') && new URL(url, window.location.href).pathname === articlePath
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
    try {
      const response = await original(input, init)
      const outcome = response.ok ? { ok: true as const } : { ok: false as const, reason: (await refusalReasons(response)).join(' ') || `HTTP ${response.status}` }
      for (const listener of listeners) listener(outcome)
      return response
    } catch (error) {
      for (const listener of listeners) listener({ ok: false, reason: '' })
      throw error
    }
  }
}

let currentPath: string | null = null

/**
 * A failed save in the edit view: a banner that stays until a save goes through, in the interface's language,
 * with the server's reason and a way to try again, while the header's «تم الحفظ» is hidden.
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
  const [retrying, setRetrying] = useState(false)

  useEffect(() => {
    if (!id) return
    currentPath = `${api}/articles/${id}`
    watchSaves(() => currentPath)
    const listener: Listener = (outcome) => setFailure(outcome.ok ? null : { reason: outcome.reason })
    listeners.add(listener)
    return () => {
      listeners.delete(listener)
    }
  }, [api, id])

  useEffect(() => {
    document.documentElement.classList.toggle('mirsad-save-failed', Boolean(failure))
    return () => document.documentElement.classList.remove('mirsad-save-failed')
  }, [failure])

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
