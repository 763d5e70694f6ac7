import { type Stage, stageLabels, type WorkflowRole } from './stages'

// Who hears about a move, and what they read: pure, so the hook only fetches addresses and sends.

export type Recipient = { assignee: 'writer' | 'factChecker' | 'editor'; fallbackRoles: WorkflowRole[] }

/** After a move to `to`, the next person to act: the article's assignee, else everyone in that role. */
export function nextRecipient(to: Stage): Recipient | null {
  switch (to) {
    case 'inEdit':
    case 'approved':
      return { assignee: 'editor', fallbackRoles: ['editor'] }
    case 'factCheck':
      return { assignee: 'factChecker', fallbackRoles: ['factChecker'] }
    case 'returned':
    case 'published':
      return { assignee: 'writer', fallbackRoles: [] }
    default:
      return null
  }
}

export function transitionMessage(args: { title: string; from: Stage | null; to: Stage; by: string; note?: string | null; link: string }) {
  const { title, from, to, by, note, link } = args
  const fromAr = from ? stageLabels[from].ar : '—'
  const fromEn = from ? stageLabels[from].en : '—'
  return {
    subject: `«${title}»: ${stageLabels[to].ar} / ${stageLabels[to].en}`,
    text: [
      `نقل ${by} المقال «${title}» من «${fromAr}» إلى «${stageLabels[to].ar}».`,
      note ? `الملاحظة: ${note}` : null,
      `افتحه: ${link}`,
      '',
      `${by} moved "${title}" from ${fromEn} to ${stageLabels[to].en}.`,
      note ? `Note: ${note}` : null,
      `Open it: ${link}`,
    ]
      .filter((line) => line !== null)
      .join('\n'),
  }
}
