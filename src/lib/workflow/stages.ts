// The editorial workflow as data: one table says who may move an article from which stage to which.
// No Payload import: the collection hooks, the admin and the tests all read this same table.

export const STAGES = ['draft', 'inEdit', 'factCheck', 'approved', 'published', 'returned'] as const
export type Stage = (typeof STAGES)[number]

export type WorkflowRole = 'admin' | 'editor' | 'factChecker' | 'writer'

export const stageLabels: Record<Stage, { ar: string; en: string }> = {
  draft: { ar: 'مسودة', en: 'Draft' },
  inEdit: { ar: 'قيد التحرير', en: 'In edit' },
  factCheck: { ar: 'قيد التحقق', en: 'Fact-check' },
  approved: { ar: 'معتمد للنشر', en: 'Approved' },
  published: { ar: 'منشور', en: 'Published' },
  returned: { ar: 'مُعاد إلى الكاتب', en: 'Returned' },
}

const EDITORS: WorkflowRole[] = ['editor', 'admin']
const CHECKERS: WorkflowRole[] = ['factChecker', 'editor', 'admin']
const AUTHORS: WorkflowRole[] = ['writer', 'editor', 'admin']

/**
 * from → to → who. `published` is reached only by publishing (an editor's right, from `approved`),
 * and left only by unpublishing (back to `approved`); `returned` needs a reason.
 */
export const TRANSITIONS: Record<Stage, Partial<Record<Stage, WorkflowRole[]>>> = {
  draft: { inEdit: AUTHORS },
  returned: { inEdit: AUTHORS, draft: AUTHORS },
  inEdit: { factCheck: EDITORS, returned: EDITORS, draft: EDITORS, approved: EDITORS },
  factCheck: { approved: CHECKERS, returned: CHECKERS, inEdit: EDITORS },
  approved: { published: EDITORS, inEdit: EDITORS, factCheck: EDITORS },
  published: { approved: EDITORS },
}

export const NOTE_REQUIRED: Stage[] = ['returned']

/** The stages in which an article is its writer's to change; from submission on it is the desk's. */
export const WRITER_STAGES = ['draft', 'returned'] as const satisfies readonly Stage[]

/** What each move's button says: the act, in the newsroom's words. */
export const moveLabels: Record<Stage, { ar: string; en: string }> = {
  inEdit: { ar: 'إرسال للتحرير', en: 'Send to edit' },
  factCheck: { ar: 'إرسال للتحقق', en: 'Send to fact-check' },
  approved: { ar: 'اعتماد للنشر', en: 'Approve for publication' },
  returned: { ar: 'إعادة إلى الكاتب', en: 'Return to the writer' },
  draft: { ar: 'سحب إلى المسودة', en: 'Back to draft' },
  published: { ar: 'نشر', en: 'Publish' },
}

/** How long the person who made a move may take it back. */
export const UNDO_WINDOW_MS = 5 * 60 * 1000

type Move = { from?: string | null; to?: string | null; by?: unknown; at?: string | null }

/** Who made a move: the history holds the user's id, or the user when read with depth. */
export const moverOf = (move: Move | undefined) => (move?.by && typeof move.by === 'object' ? (move.by as { id?: unknown }).id : move?.by)

/**
 * Whether `userId` may take back `last`, the article's latest move: their own, made in the last few minutes,
 * the article still where it took it, and not a publication (that is undone by unpublishing).
 */
export function canUndo(last: Move | undefined, userId: unknown, stage: Stage, now = Date.now()): last is Move & { from: Stage } {
  if (!last || !isStage(last.from) || last.to !== stage || stage === 'published') return false
  const at = Date.parse(String(last.at ?? ''))
  return moverOf(last) === userId && Number.isFinite(at) && now - at <= UNDO_WINDOW_MS
}

/** An editor's approval straight from edit: it skips the fact-checker, not the gate, and must say why. */
export const skipsFactCheck = (from: Stage, to: Stage) => to === 'approved' && from === 'inEdit'

export function canTransition(role: WorkflowRole | undefined, from: Stage, to: Stage): boolean {
  if (!role || from === to) return false
  return Boolean(TRANSITIONS[from]?.[to]?.includes(role))
}

/** The stages a role may move an article to from where it stands, publishing excluded (it has its own control). */
export function nextStages(role: WorkflowRole | undefined, from: Stage): Stage[] {
  return STAGES.filter((to) => to !== 'published' && canTransition(role, from, to))
}

export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value)
}
