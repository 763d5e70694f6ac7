import type { Stage, WorkflowRole } from './stages'

// Each role's work trays: which articles wait for them, and what they sent on. Pure data, turned into queries
// by src/data/desk.ts for the admin's queue.

export type DeskTray = {
  key: string
  title: { ar: string; en: string }
  stages: Stage[]
  /** Only articles the person created or is credited on. */
  ownOnly: boolean
  /** The assignee column, and what "assigned to me" filters on. */
  assignee?: 'writer' | 'factChecker' | 'editor'
  newestFirst?: boolean
  limit?: number
}

export function traysFor(role: WorkflowRole | undefined): DeskTray[] {
  switch (role) {
    case 'writer':
      return [
        { key: 'mine', title: { ar: 'بانتظاري: مسودات ومقالات أُعيدت إليّ', en: 'Waiting for me: drafts and returned articles' }, stages: ['draft', 'returned'], ownOnly: true, assignee: 'editor' },
        { key: 'sent', title: { ar: 'أرسلتُها: لدى المحرر أو المدقق', en: 'Sent on: with the editor or the fact-checker' }, stages: ['inEdit', 'factCheck', 'approved'], ownOnly: true, assignee: 'editor' },
        { key: 'published', title: { ar: 'نُشرت', en: 'Published' }, stages: ['published'], ownOnly: true, newestFirst: true, limit: 20 },
      ]
    case 'factChecker':
      return [{ key: 'check', title: { ar: 'بانتظار التحقق', en: 'Waiting for fact-check' }, stages: ['factCheck'], ownOnly: false, assignee: 'factChecker' }]
    case 'editor':
    case 'admin':
      return [
        { key: 'edit', title: { ar: 'بانتظار التحرير', en: 'Waiting for edit' }, stages: ['inEdit'], ownOnly: false, assignee: 'editor' },
        { key: 'publish', title: { ar: 'معتمدة بانتظار النشر', en: 'Approved, waiting for publication' }, stages: ['approved'], ownOnly: false, assignee: 'editor' },
        { key: 'check', title: { ar: 'لدى التحقق', en: 'With fact-check' }, stages: ['factCheck'], ownOnly: false, assignee: 'factChecker' },
      ]
    default:
      return []
  }
}

/** How long an article has stood where it is, in whole minutes, hours or days. */
export function timeInStage(since: string, now = Date.now()): { value: number; unit: 'minute' | 'hour' | 'day' } {
  const minutes = Math.max(0, Math.floor((now - Date.parse(since)) / 60_000))
  if (minutes < 60) return { value: minutes, unit: 'minute' }
  if (minutes < 48 * 60) return { value: Math.floor(minutes / 60), unit: 'hour' }
  return { value: Math.floor(minutes / (24 * 60)), unit: 'day' }
}
