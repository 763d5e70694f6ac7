import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { hasRole } from '@/access/roles'
import { sameWords } from '@/lib/lexical'
import { canTransition, isStage, NOTE_REQUIRED, type Stage, stageLabels, type WorkflowRole } from '@/lib/workflow/stages'
import type { Article } from '@/payload-types'

import { invalid, refuse } from '@/collections/errors'
import { assertClaimsDealtWith } from './publishGate'

type HistoryEntry = NonNullable<Article['history']>[number]

const label = (stage: Stage) => `«${stageLabels[stage].ar}» (${stageLabels[stage].en})`

/**
 * The one gate every change to an article goes through (admin, REST, GraphQL, local API with a user):
 * stage moves follow the transition table, publishing is an editor's act from `approved` once every claim
 * is dealt with (publishGate), a return
 * carries its reason, and every move is appended to the article's history.
 * Work done by the system itself (seed, migrations: no user) is trusted as it is.
 */
export const enforceWorkflow: CollectionBeforeChangeHook<Article> = async ({ data, operation, originalDoc, req }) => {
  const user = req.user
  const note = typeof data.transitionNote === 'string' ? data.transitionNote.trim() : ''
  if (!user) return data
  const role = user.role as WorkflowRole
  const entry = (from: Stage | null, to: Stage): HistoryEntry => ({
    from,
    to,
    by: user.id as number,
    at: new Date().toISOString(),
    note: note || null,
  })

  if (operation === 'create') {
    // A new article starts as a draft of the person creating it. A duplicate (it has an originalDoc)
    // quietly becomes one; asking outright to publish something new is refused.
    if (data._status === 'published' && !originalDoc) {
      refuse(req, 'لا يُنشر مقال جديد مباشرة: يمر أولًا بالتحرير والتحقق والاعتماد', 'a new article cannot be published directly: it goes through edit, fact-check and approval first')
    }
    return {
      ...data,
      stage: 'draft',
      _status: 'draft',
      publishedAt: null,
      createdBy: user.id as number,
      history: [entry(null, 'draft')],
      transitionNote: null,
    }
  }

  if (data.stage !== undefined && data.stage !== null && !isStage(data.stage)) {
    invalid(req, 'stage', 'مرحلة غير معروفة', 'unknown stage')
  }
  const from: Stage = isStage(originalDoc?.stage) ? originalDoc.stage : 'draft'
  const live = await req.payload.findByID({
    collection: 'articles',
    id: originalDoc!.id,
    draft: false,
    depth: 0,
    select: { _status: true, body: true, corrections: true },
    overrideAccess: true,
    req,
  })
  const isDraftSave = req.context.draftSave === true
  const publishing = data._status === 'published' && !isDraftSave
  const unpublishing = !isDraftSave && live?._status === 'published' && data._status === 'draft'

  let to: Stage = isStage(data.stage) ? data.stage : from
  if (publishing) {
    if (!hasRole(user, 'editor', 'admin')) refuse(req, 'النشر من صلاحيات المحررين', 'only editors publish')
    if (from !== 'approved' && from !== 'published') {
      invalid(req, 'stage', `لا يُنشر إلا مقال معتمد، وهذا المقال في مرحلة ${label(from)}`, `only an approved article can be published; this one is at ${label(from)}`)
    }
    await assertClaimsDealtWith(req, originalDoc!.id)
    if (live?._status === 'published' && bodyChanged(live.body, data.body) && (data.corrections?.length ?? 0) <= (live.corrections?.length ?? 0)) {
      invalid(
        req,
        'corrections',
        'تغيّر نص مقال منشور: أضف سطرًا في «التصحيحات والتحديثات» يشرح ما تغيّر قبل إعادة نشره',
        'the text of a published article changed: add an entry under "Corrections and updates" saying what changed before republishing',
      )
    }
    to = 'published'
  } else if (unpublishing) {
    if (!hasRole(user, 'editor', 'admin')) refuse(req, 'سحب النشر من صلاحيات المحررين', 'only editors unpublish')
    to = 'approved'
  } else if (to === 'published' && from !== 'published') {
    invalid(req, 'stage', 'مرحلة «منشور» تأتي بزر النشر وحده', 'the published stage comes only from the Publish button')
  }

  if (to !== from && !publishing && !unpublishing && !canTransition(role, from, to)) {
    refuse(req, `لا يمكنك نقل المقال من ${label(from)} إلى ${label(to)}`, `you cannot move this article from ${label(from)} to ${label(to)}`)
  }
  if (to !== from && NOTE_REQUIRED.includes(to) && !note) {
    invalid(req, 'transitionNote', 'اكتب سبب إعادة المقال إلى الكاتب', 'give the reason for returning the article to its writer')
  }

  const corrections = stampCorrections(req, originalDoc?.corrections ?? [], data.corrections)
  if (corrections) data.corrections = corrections

  const history = (originalDoc?.history ?? []) as HistoryEntry[]
  // A note typed ahead of a move waits on the article; once the move is saved it lives in the history.
  if (to === from) return { ...data, history }
  return { ...data, stage: to, history: [...history, entry(from, to)], transitionNote: null }
}

// Claim marks are not a change of text: marking a claim in a published article needs no log entry.
const bodyChanged = (before: unknown, after: unknown) => after !== undefined && !sameWords(before, after)

type Correction = NonNullable<Article['corrections']>[number]

/** Dates new log entries on the server and refuses to drop or rewrite earlier ones. */
function stampCorrections(req: PayloadRequest, before: Correction[], after: Correction[] | null | undefined): Correction[] | undefined {
  if (!after) return undefined
  const kept = new Map(before.map((entry) => [entry.id, entry]))
  const missing = before.some((entry) => !after.some((candidate) => candidate.id === entry.id))
  const rewritten = after.some((entry) => {
    const old = entry.id ? kept.get(entry.id) : undefined
    return old && (old.kind !== entry.kind || old.note !== entry.note)
  })
  if (missing || rewritten) {
    invalid(req, 'corrections', 'سجل التصحيحات يُضاف إليه ولا يُحذف منه ولا يُعدَّل', 'the corrections log is added to, never edited or shortened')
  }
  return after.map((entry) => (entry.id && kept.has(entry.id) ? { ...entry, at: kept.get(entry.id)!.at } : { ...entry, at: new Date().toISOString() }))
}
