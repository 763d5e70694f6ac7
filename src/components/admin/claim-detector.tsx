'use client'

import { Button, useAuth, useDocumentDrawer, useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

import { requestClaimMark } from '@/editor/claim-mark/events'

import { inLanguage, refusalReasons, useAdminText } from './admin-client'

type Proposal = {
  sentence: string
  start: number
  end: number
  claimant: string | null
  kind: string
  numbers: { text: string; value: number }[]
  unnamed: boolean
  sourceId: number | null
  sourceName: string | null
}

type State = 'idle' | 'working' | 'done' | 'error'

/** «اكتشاف الادعاءات»: runs the detector on the saved text and turns accepted proposals into claim records. */
export function ClaimDetector() {
  const { id } = useDocumentInfo()
  const { language, text } = useAdminText()
  const [state, setState] = useState<State>('idle')
  // What the server said when it refused (a text too long to read, say), in the interface's language.
  const [reason, setReason] = useState<string | null>(null)
  const [proposals, setProposals] = useState<Proposal[]>([])
  const [accepted, setAccepted] = useState<Map<number, boolean>>(new Map())
  const [dismissed, setDismissed] = useState<Set<number>>(new Set())

  const { user } = useAuth()
  if (user && (user as { role?: string }).role === 'writer') return null
  if (!id) return <p>{text('detectSaveFirst')}</p>

  const fail = async (response: Response | null) => {
    const reasons = response ? await refusalReasons(response) : []
    setReason(reasons.length ? reasons.map((message) => inLanguage(message, language)).join(' ') : null)
    setState('error')
  }

  const detect = async () => {
    setState('working')
    setReason(null)
    const response = await fetch(`/api/articles/${id}/detect-claims`, { method: 'POST', credentials: 'include' }).catch(() => null)
    if (!response?.ok) return fail(response)
    setProposals(((await response.json()) as { proposals: Proposal[] }).proposals)
    setAccepted(new Map())
    setDismissed(new Set())
    setState('done')
  }

  const accept = async (index: number, claimant?: number | string) => {
    const proposal = { ...proposals[index], sourceId: (claimant as number | undefined) ?? proposals[index].sourceId }
    const response = await fetch('/api/claims', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        article: id,
        text: proposal.sentence,
        anchor: { quote: proposal.sentence, start: proposal.start, end: proposal.end },
        kind: proposal.kind,
        claimant: proposal.sourceId ?? undefined,
        named: !proposal.unnamed,
        unnamedDescription: proposal.unnamed ? (proposal.claimant ?? undefined) : undefined,
        figures: proposal.numbers.map((number) => ({ value: number.value, raw: number.text })),
        verdict: 'unverified',
      }),
    }).catch(() => null)
    if (!response?.ok) return fail(response)
    const { doc } = (await response.json()) as { doc: { id: number | string } }
    const marked = requestClaimMark(String(doc.id), proposal.sentence)
    setAccepted((previous) => new Map(previous).set(index, marked))
  }

  // A dismissal is remembered on the server: the proposal is not made again, and approval no longer waits on it.
  const dismiss = async (index: number) => {
    const response = await fetch(`/api/articles/${id}/dismiss-proposal`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sentence: proposals[index].sentence }),
    }).catch(() => null)
    if (!response?.ok) return fail(response)
    setDismissed((previous) => new Set(previous).add(index))
  }

  const visible = proposals.map((proposal, index) => ({ proposal, index })).filter(({ index }) => !dismissed.has(index))

  return (
    <section className="claim-detector" aria-label={text('detectClaims')}>
      <p>{text('detectIntro')}</p>
      <Button buttonStyle="secondary" onClick={detect} disabled={state === 'working'}>
        {text('detectClaims')}
      </Button>
      {state === 'working' ? <p role="status">{text('detectWorking')}</p> : null}
      {state === 'error' ? <p role="alert">{reason ?? text('detectFailed')}</p> : null}
      {state === 'done' && visible.length === 0 ? <p>{text('detectNone')}</p> : null}
      <ol className="claim-detector__list">
        {visible.map(({ proposal, index }) => (
          <li key={`${proposal.start}-${proposal.end}`} className="claim-detector__item">
            <q dir="auto">{proposal.sentence}</q>
            <p className="claim-detector__meta">
              {proposal.claimant
                ? `${text('detectClaimant')}: ${proposal.sourceName ?? proposal.claimant}${proposal.unnamed ? ` (${text('detectUnnamed')})` : proposal.sourceId ? '' : ` (${text('detectNewSource')})`}`
                : proposal.unnamed
                  ? text('detectUnnamed')
                  : text('detectNoClaimant')}
              {proposal.numbers.length ? ` · ${proposal.numbers.map((number) => number.text).join('، ')}` : ''}
            </p>
            {accepted.has(index) ? (
              <strong>{accepted.get(index) ? text('detectAccepted') : text('detectAcceptedUnmarked')}</strong>
            ) : (
              <span className="claim-detector__actions">
                <Button buttonStyle="primary" size="small" onClick={() => accept(index)}>
                  {text('detectAccept')}
                </Button>
                {proposal.claimant && !proposal.unnamed && !proposal.sourceId ? (
                  <NewClaimant name={proposal.claimant.replace(/[«»“”"]/g, '')} label={text('detectCreateSource')} onCreated={(sourceId) => accept(index, sourceId)} />
                ) : null}
                <Button buttonStyle="secondary" size="small" onClick={() => dismiss(index)}>
                  {text('detectDismiss')}
                </Button>
              </span>
            )}
          </li>
        ))}
      </ol>
    </section>
  )
}

/** A claimant the registry does not know yet: the source's form opens with its name filled in; once saved, the claim is recorded with it. */
function NewClaimant({ name, label, onCreated }: { name: string; label: string; onCreated: (id: number | string) => void }) {
  const [Drawer, , { openDrawer, closeDrawer }] = useDocumentDrawer({ collectionSlug: 'sources' })
  return (
    <>
      <Button buttonStyle="secondary" size="small" onClick={openDrawer}>
        {label}
      </Button>
      <Drawer
        initialData={{ name }}
        onSave={({ doc }) => {
          closeDrawer()
          onCreated(doc.id)
        }}
      />
    </>
  )
}
