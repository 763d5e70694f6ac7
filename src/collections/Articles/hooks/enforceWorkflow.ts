import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { hasRole } from '@/access/roles'
import { sameWords } from '@/lib/lexical'
import { canTransition, canUndo, isStage, moverOf, NOTE_REQUIRED, skipsFactCheck, type Stage, stageLabels, type WorkflowRole, WRITER_STAGES } from '@/lib/workflow/stages'
import type { Article } from '@/payload-types'

import { invalid, refuse } from '@/collections/errors'
import { assertApprovable, assertClaimsDealtWith } from './publishGate'

type HistoryEntry = NonNullable<Article['history']>[number]

// A stage named in each half of a refusal in that half's language.
const ar = (stage: Stage) => `«${stageLabels[stage].ar}»`
const en = (stage: Stage) => `"${stageLabels[stage].en}"`

/**
 * The one gate every change to an article goes through (admin, REST, GraphQL, local API with a user):
 * stage moves follow the transition table, publishing is an editor's act from `approved` once every claim
 * is dealt with (publishGate), a return
 * carries its reason, and every move is appended to the article's history.
 * Work done by the system itself (seed, migrations: no user) is trusted as it is.
 */
export const enforceWorkflow: CollectionBeforeChangeHook<Article> = async ({ data, operation, originalDoc, req }) => {
  const user = req.user
  if (!user) return data
  const noteOf = () => (typeof data.transitionNote === 'string' ? data.transitionNote.trim() : '')
  let note = noteOf()
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

  const from: Stage = isStage(originalDoc?.stage) ? originalDoc.stage : 'draft'
  const history = (originalDoc?.history ?? []) as HistoryEntry[]

  // Restoring a version gives back its words, never its place in the workflow: the stage, the history, the
  // assignees and what readers were told stay as they are now.
  if (req.context.restoringVersion === true) {
    return {
      ...data,
      stage: from,
      history,
      assignees: originalDoc?.assignees,
      corrections: originalDoc?.corrections,
      createdBy: originalDoc?.createdBy,
      transitionNote: null,
    }
  }

  // Taking back one's own move of a minute ago: a new entry in the history, back to where the article was.
  if (req.context.undoLastMove === true) {
    const last = history.at(-1)
    if (!canUndo(last, user.id, from)) {
      // A page left open while a colleague moved the article on offers an undo that is no longer the last move.
      if (last && moverOf(last) !== user.id) {
        refuse(
          req,
          `نُقل المقال بعد نقلك، وهو الآن في مرحلة ${ar(from)}: حدّث الصفحة لترى أين يقف`,
          `the article has moved on since your move and is now at ${en(from)}: reload the page to see where it stands`,
        )
      }
      refuse(req, 'لا يمكن التراجع عن هذا النقل: يتراجع صاحب النقل عنه في دقائقه الأولى فقط', 'this move cannot be taken back: only the person who made it can, within a few minutes')
    }
    return { ...data, stage: last.from, history: [...history, { ...entry(from, last.from), note: note || 'تراجع عن النقل السابق' }], assignees: originalDoc?.assignees, transitionNote: null }
  }
  // Autosave keeps the words, never moves the article: a move is an explicit act (the workflow buttons).
  if (req.context.autosave === true) {
    data.stage = from
    data.transitionNote = originalDoc?.transitionNote ?? null
    note = noteOf()
  }

  if (data.stage !== undefined && data.stage !== null && !isStage(data.stage)) {
    invalid(req, 'stage', 'مرحلة غير معروفة', 'unknown stage')
  }
  // Once submitted, an article is the desk's: its writer changes nothing until it comes back (every path,
  // autosave included; the access rule already says so for one article, this holds for bulk edits too).
  if (role === 'writer' && !(WRITER_STAGES as readonly string[]).includes(from)) {
    refuse(
      req,
      `المقال في مرحلة ${ar(from)} ولم يعد بين يدي كاتبه: لا يتغير حتى يُعاد إليك`,
      `this article is at ${en(from)} and no longer with its writer: it cannot change until it is returned to you`,
    )
  }
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
      invalid(req, 'stage', `لا يُنشر إلا مقال معتمد، وهذا المقال في مرحلة ${ar(from)}`, `only an approved article can be published; this one is at ${en(from)}`)
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
    refuse(req, `لا يمكنك نقل المقال من ${ar(from)} إلى ${ar(to)}`, `you cannot move this article from ${en(from)} to ${en(to)}`)
  }
  if (to !== from && NOTE_REQUIRED.includes(to) && !note) {
    invalid(req, 'transitionNote', 'اكتب سبب إعادة المقال إلى الكاتب', 'give the reason for returning the article to its writer')
  }
  if (to === 'approved' && from !== 'approved' && from !== 'published') {
    // Approval holds the same gate as publication, and needs the detector run on the text as it now stands. An
    // editor approving straight from edit skips the fact-checker, never the gate: a party's figure that nobody
    // detected would otherwise reach readers unchecked.
    if (skipsFactCheck(from, to) && !note) {
      invalid(
        req,
        'transitionNote',
        'اعتماد المقال دون المرور بالتحقق يحتاج إلى سبب مكتوب: اكتبه في «ملاحظة على النقل»',
        'approving without fact-check needs a written reason: give it under "Note for this move"',
      )
    }
    await assertApprovable(req, originalDoc!.id, data.body !== undefined ? data.body : originalDoc?.body)
  }

  const corrections = stampCorrections(req, live?._status === 'published' ? (live.corrections ?? []) : [], originalDoc?.corrections ?? [], data.corrections, publishing)
  if (corrections) data.corrections = corrections

  // Every save keeps the history as it stands, whatever the form held; a move appends one entry to it. A note
  // typed ahead of a move waits on the article; once the move is saved it lives in the history.
  const kept = { ...data, history, assignees: data.assignees ?? originalDoc?.assignees }
  if (to === from) return kept
  return { ...kept, stage: to, history: [...history, entry(from, to)], transitionNote: null }
}

// Claim marks are not a change of text: marking a claim in a published article needs no log entry.
const bodyChanged = (before: unknown, after: unknown) => after !== undefined && !sameWords(before, after)

type Correction = NonNullable<Article['corrections']>[number]

/**
 * What readers have seen of the corrections log (its published entries) is never dropped or rewritten, and keeps
 * its dates. Entries not yet published are a draft like any other text: they can be edited or removed, and are
 * dated when they go out.
 */
function stampCorrections(
  req: PayloadRequest,
  published: Correction[],
  drafted: Correction[],
  after: Correction[] | null | undefined,
  publishing: boolean,
): Correction[] | undefined {
  if (!after) return undefined
  const seen = new Map(published.map((entry) => [entry.id, entry]))
  const missing = published.some((entry) => !after.some((candidate) => candidate.id === entry.id))
  const rewritten = after.some((entry) => {
    const old = entry.id ? seen.get(entry.id) : undefined
    return old && (old.kind !== entry.kind || old.note !== entry.note)
  })
  if (missing || rewritten) {
    invalid(
      req,
      'corrections',
      'رأى القراء هذا السطر من سجل التصحيحات فلا يُحذف ولا يُعدَّل: أضف سطرًا جديدًا',
      'readers have seen this entry of the corrections log, so it is never removed or rewritten: add a new entry',
    )
  }
  const draftedAt = new Map(drafted.map((entry) => [entry.id, entry.at]))
  const now = new Date().toISOString()
  return after.map((entry) => {
    if (entry.id && seen.has(entry.id)) return { ...entry, at: seen.get(entry.id)!.at }
    return { ...entry, at: publishing ? now : ((entry.id && draftedAt.get(entry.id)) || now) }
  })
}
