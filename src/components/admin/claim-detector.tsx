'use client'

import { Button, useAuth, useDocumentDrawer, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { requestClaimMark } from '@/editor/claim-mark/events'

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

const TEXT = {
  ar: {
    detect: 'اكتشاف الادعاءات',
    intro: 'يقترح المكتشف الجمل التي تحمل ادعاءً منسوبًا أو رقمًا يستحق التحقق. اقبل ما يلزم تسجيله أو استبعده.',
    none: 'لا ادعاءات جديدة في النص.',
    accept: 'قبول',
    dismiss: 'استبعاد',
    accepted: 'سُجّل وعُلّم في النص: احفظ المقال',
    acceptedUnmarked: 'سُجّل (لم يُعثر على الجملة في النص المفتوح لتعليمها)',
    claimant: 'القائل',
    unnamed: 'مصدر غير مسمى',
    noClaimant: 'بلا قائل: رقم بصوت المقال',
    failed: 'تعذّر الطلب. حاول مرة أخرى.',
    save: 'احفظ المقال أولًا.',
    createSource: 'أنشئ المصدر وسجّل الادعاء',
    newSource: 'قائل غير مسجل في دليل المصادر',
  },
  en: {
    detect: 'Detect claims',
    intro: 'The detector proposes sentences that carry an attributed claim or a figure worth checking. Accept what must be recorded, or dismiss it.',
    none: 'No new claims in the text.',
    accept: 'Accept',
    dismiss: 'Dismiss',
    accepted: 'Recorded and marked in the text: save the article',
    acceptedUnmarked: 'Recorded (the sentence was not found in the open text to mark it)',
    claimant: 'Claimant',
    unnamed: 'Unnamed source',
    noClaimant: 'No claimant: a figure in the article’s own voice',
    failed: 'The request failed. Try again.',
    save: 'Save the article first.',
    createSource: 'Create the source and record the claim',
    newSource: 'a claimant not yet in the sources registry',
  },
}

/** «اكتشاف الادعاءات»: runs the detector on the saved text and turns accepted proposals into claim records. */
export function ClaimDetector() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const t = TEXT[i18n.language === 'en' ? 'en' : 'ar']
  const [state, setState] = useState<State>('idle')
  const [proposals, setProposals] = useState<Proposal[]>([])
  const [accepted, setAccepted] = useState<Map<number, boolean>>(new Map())
  const [dismissed, setDismissed] = useState<Set<number>>(new Set())

  const { user } = useAuth()
  if (user && (user as { role?: string }).role === 'writer') return null
  if (!id) return <p>{t.save}</p>

  const detect = async () => {
    setState('working')
    const response = await fetch(`/api/articles/${id}/detect-claims`, { method: 'POST', credentials: 'include' })
    if (!response.ok) return setState('error')
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
    })
    if (!response.ok) return setState('error')
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
    })
    if (!response.ok) return setState('error')
    setDismissed((previous) => new Set(previous).add(index))
  }

  const visible = proposals.map((proposal, index) => ({ proposal, index })).filter(({ index }) => !dismissed.has(index))

  return (
    <section className="claim-detector" aria-label={t.detect}>
      <p>{t.intro}</p>
      <Button buttonStyle="secondary" onClick={detect} disabled={state === 'working'}>
        {t.detect}
      </Button>
      {state === 'error' ? <p role="alert">{t.failed}</p> : null}
      {state === 'done' && visible.length === 0 ? <p>{t.none}</p> : null}
      <ol className="claim-detector__list">
        {visible.map(({ proposal, index }) => (
          <li key={`${proposal.start}-${proposal.end}`} className="claim-detector__item">
            <q dir="auto">{proposal.sentence}</q>
            <p className="claim-detector__meta">
              {proposal.claimant
                ? `${t.claimant}: ${proposal.sourceName ?? proposal.claimant}${proposal.unnamed ? ` (${t.unnamed})` : proposal.sourceId ? '' : ` (${t.newSource})`}`
                : proposal.unnamed
                  ? t.unnamed
                  : t.noClaimant}
              {proposal.numbers.length ? ` · ${proposal.numbers.map((number) => number.text).join('، ')}` : ''}
            </p>
            {accepted.has(index) ? (
              <strong>{accepted.get(index) ? t.accepted : t.acceptedUnmarked}</strong>
            ) : (
              <span className="claim-detector__actions">
                <Button buttonStyle="primary" size="small" onClick={() => accept(index)}>
                  {t.accept}
                </Button>
                {proposal.claimant && !proposal.unnamed && !proposal.sourceId ? (
                  <NewClaimant name={proposal.claimant.replace(/[«»“”"]/g, '')} label={t.createSource} onCreated={(sourceId) => accept(index, sourceId)} />
                ) : null}
                <Button buttonStyle="secondary" size="small" onClick={() => dismiss(index)}>
                  {t.dismiss}
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
