import type { Stage, WorkflowRole } from './stages'

// Each role's work tray: which articles wait for them. Pure data, turned into queries by the admin view.

export type Queue = {
  title: { ar: string; en: string }
  stages: Stage[]
  /** Only articles the person created or is credited on. */
  ownOnly: boolean
}

export function queueFor(role: WorkflowRole | undefined): Queue | null {
  switch (role) {
    case 'writer':
      return { title: { ar: 'مقالاتي: مسودات ومقالات أُعيدت إليّ', en: 'My drafts and returned articles' }, stages: ['draft', 'returned'], ownOnly: true }
    case 'factChecker':
      return { title: { ar: 'بانتظار التحقق', en: 'Waiting for fact-check' }, stages: ['factCheck'], ownOnly: false }
    case 'editor':
    case 'admin':
      return { title: { ar: 'بانتظار التحرير أو النشر', en: 'Waiting for edit or publication' }, stages: ['inEdit', 'approved'], ownOnly: false }
    default:
      return null
  }
}
