import type { Field } from 'payload'

import { isStage, nextStages, STAGES, stageLabels, type WorkflowRole } from '@/lib/workflow/stages'

import { canEditDeskFields, nobody, staffOnly } from '../access/fieldAccess'

const stageOptions = STAGES.map((stage) => ({ value: stage, label: stageLabels[stage] }))

function assignee(name: string, label: { ar: string; en: string }, roles: WorkflowRole[]): Field {
  return {
    name,
    type: 'relationship',
    relationTo: 'users',
    label,
    filterOptions: () => ({ role: { in: roles } }),
    access: { read: staffOnly, update: canEditDeskFields, create: canEditDeskFields },
  }
}

/** Stage, the reason for a move, the immutable history, assignments and the creator: the workflow's fields. */
export const workflowFields: Field[] = [
  // The moves themselves are buttons, each confirmed with its note (src/components/admin/workflow-actions.tsx).
  {
    name: 'workflowActions',
    type: 'ui',
    label: { ar: 'سير العمل', en: 'Workflow' },
    admin: { position: 'sidebar', components: { Field: '@/components/admin/workflow-actions#WorkflowActions' } },
  },
  {
    name: 'stage',
    type: 'select',
    // Always set by the workflow hook; not `required`, so system writes (seed) need not name it.
    defaultValue: 'draft',
    index: true,
    label: { ar: 'المرحلة', en: 'Stage' },
    options: stageOptions,
    // Offers only the moves this user may make from where the article stands (list filters, bulk edits).
    filterOptions: ({ options, data, req }) => {
      const current = isStage(data?.stage) ? data.stage : 'draft'
      const allowed = new Set<string>([current, ...nextStages(req.user?.role as WorkflowRole, current)])
      return options.filter((option) => allowed.has(typeof option === 'string' ? option : option.value))
    },
    access: { read: staffOnly },
    // Shown and changed by the workflow buttons only: a menu that autosaves would move articles by accident.
    admin: { position: 'sidebar', hidden: true },
  },
  {
    name: 'transitionNote',
    type: 'textarea',
    // Stored only until the move it explains is saved; the workflow hook then files it in the history.
    label: { ar: 'ملاحظة على النقل', en: 'Note for this move' },
    access: { read: staffOnly },
    // Typed in the move's confirmation dialog, filed in the history with the move.
    admin: { position: 'sidebar', hidden: true },
  },
  {
    name: 'stageHistory',
    type: 'ui',
    label: { ar: 'سجل المراحل', en: 'Stage history' },
    admin: { position: 'sidebar', components: { Field: '@/components/admin/stage-history#StageHistory' } },
  },
  {
    name: 'assignees',
    type: 'group',
    label: { ar: 'المكلفون', en: 'Assignees' },
    access: { read: staffOnly },
    admin: { position: 'sidebar' },
    fields: [
      assignee('writer', { ar: 'الكاتب', en: 'Writer' }, ['writer', 'editor', 'admin']),
      assignee('factChecker', { ar: 'مدقق المعلومات', en: 'Fact-checker' }, ['factChecker', 'editor', 'admin']),
      assignee('editor', { ar: 'المحرر', en: 'Editor' }, ['editor', 'admin']),
    ],
  },
  {
    name: 'history',
    type: 'array',
    label: { ar: 'سجل المراحل', en: 'Stage history' },
    labels: { singular: { ar: 'نقل', en: 'Move' }, plural: { ar: 'التنقلات', en: 'Moves' } },
    // Written only by the workflow hook; nobody edits or deletes an entry.
    access: { read: staffOnly, create: nobody, update: nobody },
    // Shown by the stageHistory view below, not as an editable list.
    admin: { disabled: true },
    fields: [
      { name: 'from', type: 'select', options: stageOptions, label: { ar: 'من', en: 'From' } },
      { name: 'to', type: 'select', options: stageOptions, required: true, label: { ar: 'إلى', en: 'To' } },
      { name: 'by', type: 'relationship', relationTo: 'users', label: { ar: 'بواسطة', en: 'By' } },
      { name: 'at', type: 'date', required: true, label: { ar: 'في', en: 'At' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'note', type: 'textarea', label: { ar: 'ملاحظة', en: 'Note' } },
    ],
  },
  {
    name: 'createdBy',
    type: 'relationship',
    relationTo: 'users',
    index: true,
    label: { ar: 'أنشأه', en: 'Created by' },
    access: { read: staffOnly, create: nobody, update: nobody },
    admin: { position: 'sidebar', readOnly: true },
  },
]
