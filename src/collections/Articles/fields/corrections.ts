import type { Field } from 'payload'

import { canEditDeskFields } from '../access/fieldAccess'

export const CORRECTION_KINDS = {
  correction: { ar: 'تصحيح', en: 'Correction' },
  clarification: { ar: 'توضيح', en: 'Clarification' },
  update: { ar: 'تحديث', en: 'Update' },
} as const

/** The public log of what changed after publication; entries are added, never edited away (see enforceWorkflow). */
export const correctionsField: Field = {
  name: 'corrections',
  type: 'array',
  label: { ar: 'التصحيحات والتحديثات', en: 'Corrections and updates' },
  labels: { singular: { ar: 'تعديل منشور', en: 'Entry' }, plural: { ar: 'التعديلات المنشورة', en: 'Entries' } },
  access: { create: canEditDeskFields, update: canEditDeskFields },
  admin: {
    description: {
      ar: 'كل تغيير في نص مقال منشور يحتاج إلى سطر هنا قبل إعادة نشره. يراه القراء مع تاريخه.',
      en: 'Every change to a published article’s text needs an entry here before it is republished. Readers see it, dated.',
    },
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'correction',
          label: { ar: 'النوع', en: 'Kind' },
          options: Object.entries(CORRECTION_KINDS).map(([value, label]) => ({ value, label })),
        },
        { name: 'at', type: 'date', label: { ar: 'التاريخ', en: 'Date' }, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    { name: 'note', type: 'textarea', required: true, localized: true, label: { ar: 'ما الذي تغيّر', en: 'What changed' } },
  ],
}
