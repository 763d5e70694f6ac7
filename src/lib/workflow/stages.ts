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
