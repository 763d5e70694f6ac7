'use client'

import { Button, useAuth, useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'

import { inLanguage } from '@/lib/bilingual'
import { canUndo, isStage, moveLabels, NOTE_REQUIRED, nextStages, skipsFactCheck, type Stage, stageLabels, type WorkflowRole } from '@/lib/workflow/stages'

import { refusalReasons, useAdminText, useSaveDraft } from './admin-client'

type Move = { from?: string | null; to?: string | null; by?: unknown; at?: string | null }
type Gate = { claims: number; unresolved: number; detection: 'notRun' | 'stale' | 'open' | 'settled'; open: string[] }
type Pending = { kind: 'move'; to: Stage } | { kind: 'undo'; move: Move & { from: Stage } }

/**
 * The workflow in the edit view's sidebar: where the article stands, the moves this person may make as buttons
 * (each confirmed in a dialog that holds the note), taking back one's own move of a few minutes ago, and how
 * many claims still hold the article back. A move is its own request: autosave never moves an
 * article, and a refused move leaves everything as it was, with the reason shown in the dialog.
 */
export function WorkflowActions() {
  // After every save (a publication with Payload's button, an autosave) the box reads the article again.
  const { id, lastUpdateTime } = useDocumentInfo()
  const { user } = useAuth()
  const { language, text } = useAdminText()
  const saveDraft = useSaveDraft()
  const modified = useFormModified()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()

  const role = (user as { role?: WorkflowRole } | null)?.role
  const [stage, setStage] = useState<Stage | null>(null)
  const [last, setLast] = useState<Move | undefined>()
  const [gate, setGate] = useState<Gate | null>(null)
  const [pending, setPending] = useState<Pending | null>(null)
  const [note, setNote] = useState('')
  const [state, setState] = useState<'idle' | 'saving' | 'moving'>('idle')
  const [error, setError] = useState('')
  const dialog = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    if (!id) return
    let current = true
    const read = async <T,>(path: string): Promise<T | null> => {
      const response = await fetch(`${api}/articles/${id}${path}`, { credentials: 'include' })
      return response.ok ? ((await response.json()) as T) : null
    }
    void read<{ stage?: string; history?: Move[] }>('?draft=true&depth=0&select[stage]=true&select[history]=true').then((doc) => {
      if (!current || !doc) return
      setStage(isStage(doc.stage) ? doc.stage : 'draft')
      setLast(doc.history?.at(-1))
    })
    void read<Gate>('/gate').then((answer) => current && answer && setGate(answer))
    return () => {
      current = false
    }
  }, [api, id, lastUpdateTime])

  if (!id || !stage || !role) return null

  const moves = stage === 'published' ? [] : nextStages(role, stage)
  const undoable = canUndo(last, user?.id, stage) ? (last as Move & { from: Stage }) : null
  const needsNote = pending?.kind === 'move' && (NOTE_REQUIRED.includes(pending.to) || skipsFactCheck(stage, pending.to))
  const hint = pending?.kind !== 'move' ? '' : NOTE_REQUIRED.includes(pending.to) ? text('noteRequiredReturn') : skipsFactCheck(stage, pending.to) ? text('noteRequiredSkip') : text('noteOptional')
  const title = (move: Pending) => (move.kind === 'move' ? moveLabels[move.to][language] : text('undo', { move: moveLabels[move.move.to as Stage]?.[language] ?? '' }))

  const open = (move: Pending) => {
    setPending(move)
    setNote('')
    setError('')
    dialog.current?.showModal()
  }
  const close = () => {
    dialog.current?.close()
    setPending(null)
  }

  const confirm = async () => {
    if (!pending) return
    setError('')
    // What was typed since the last autosave is kept first, so the move never races a save of the same form.
    if (modified) {
      setState('saving')
      await saveDraft()
    }
    setState('moving')
    const response = await fetch(`${api}/articles/${id}/${pending.kind === 'move' ? 'move' : 'undo-move'}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(pending.kind === 'move' ? { to: pending.to, note } : { note }),
    })
    if (!response.ok) {
      const reasons = await refusalReasons(response)
      setError(reasons.map((reason) => inLanguage(reason, language)).join(' ') || text('refused'))
      setState('idle')
      return
    }
    // The whole view follows the new stage: the fields this person may still change, the history, the buttons.
    window.location.reload()
  }

  return (
    <section className="workflow-actions" aria-labelledby="workflow-actions-title">
      <h3 id="workflow-actions-title" className="workflow-actions__title">
        {text('workflowTitle')}
      </h3>
      <p className="workflow-actions__stage">
        {text('stageNow')}: <strong data-stage={stage}>{stageLabels[stage][language]}</strong>
      </p>
      {gate ? (
        <p className="workflow-actions__gate" data-unresolved={gate.unresolved}>
          {text('claimsCount', { claims: gate.claims, unresolved: gate.unresolved })}
          <br />
          {gate.detection === 'open' ? text('detectionOpen', { count: gate.open.length }) : text(gate.detection === 'notRun' ? 'detectionNotRun' : gate.detection === 'stale' ? 'detectionStale' : 'detectionSettled')}
        </p>
      ) : null}
      {role === 'writer' && stage !== 'draft' && stage !== 'returned' ? <p className="workflow-actions__locked">{text('writerLocked')}</p> : null}
      <div className="workflow-actions__buttons">
        {moves.map((to) => (
          <Button key={to} buttonStyle={to === 'returned' || to === 'draft' ? 'secondary' : 'primary'} size="small" onClick={() => open({ kind: 'move', to })}>
            {moveLabels[to][language]}
          </Button>
        ))}
        {undoable ? (
          <Button buttonStyle="secondary" size="small" onClick={() => open({ kind: 'undo', move: undoable })}>
            {text('undo', { move: moveLabels[undoable.to as Stage]?.[language] ?? '' })}
          </Button>
        ) : null}
      </div>
      {!moves.length && !undoable ? <p className="workflow-actions__none">{text('noMoves')}</p> : null}
      {undoable ? <p className="workflow-actions__hint">{text('undoHint')}</p> : null}

      <dialog ref={dialog} className="workflow-actions__dialog" aria-labelledby="workflow-dialog-title" onClose={() => setPending(null)}>
        {pending ? (
          // No <form> here: the dialog sits inside Payload's edit form, and a nested form would submit that one.
          <div className="workflow-actions__dialog-body">
            <h2 id="workflow-dialog-title">{title(pending)}</h2>
            <label htmlFor="workflow-note">{text('noteLabel')}</label>
            <textarea id="workflow-note" dir="auto" rows={4} value={note} required={needsNote} onChange={(event) => setNote(event.target.value)} />
            {hint ? <p className="workflow-actions__hint">{hint}</p> : null}
            {error ? (
              <p role="alert" className="workflow-actions__error">
                <strong>{text('refused')}</strong>: {error}
              </p>
            ) : null}
            <div className="workflow-actions__dialog-buttons">
              <Button type="button" buttonStyle="primary" size="small" onClick={() => void confirm()} disabled={state !== 'idle' || (needsNote && !note.trim())}>
                {state === 'saving' ? text('savingFirst') : state === 'moving' ? text('moving') : title(pending)}
              </Button>
              <Button type="button" buttonStyle="secondary" size="small" onClick={close} disabled={state !== 'idle'}>
                {text('cancel')}
              </Button>
            </div>
          </div>
        ) : null}
      </dialog>
    </section>
  )
}
