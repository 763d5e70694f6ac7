import type { CollectionConfig } from 'payload'

import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { isFactCheckDesk } from '@/access/isFactCheckDesk'
import { isStaff } from '@/access/isStaff'
import { webURLField } from '@/fields/webURL'
import { findByOtherNames } from '@/collections/findByOtherNames'

export const SOURCE_KINDS = {
  government: { ar: 'جهة حكومية', en: 'Government' },
  military: { ar: 'جيش أو قوة نظامية', en: 'Military' },
  armedGroup: { ar: 'جماعة مسلحة', en: 'Armed group' },
  politicalMovement: { ar: 'حركة سياسية', en: 'Political movement' },
  unNgo: { ar: 'الأمم المتحدة أو منظمة غير حكومية', en: 'UN / NGO' },
  mediaOutlet: { ar: 'وسيلة إعلام', en: 'Media outlet' },
  mediaArm: { ar: 'ذراع إعلامية', en: 'Media arm' },
  witness: { ar: 'شاهد', en: 'Witness' },
  expert: { ar: 'خبير', en: 'Expert' },
  document: { ar: 'وثيقة', en: 'Document' },
  socialAccount: { ar: 'حساب على وسائل التواصل', en: 'Social-media account' },
  anonymous: { ar: 'مصدر غير مسمى', en: 'Anonymous' },
} as const

/** Who says things: a registry reused across articles, with what a reader needs to weigh their word. */
export const Sources: CollectionConfig = {
  slug: 'sources',
  labels: {
    singular: { ar: 'مصدر', en: 'Source' },
    plural: { ar: 'المصادر', en: 'Sources' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'partyToConflict', 'affiliation'],
    group: { ar: 'التحقق', en: 'Fact-checking' },
  },
  access: {
    read: isStaff,
    create: isFactCheckDesk,
    update: isFactCheckDesk,
    delete: isEditorOrAdmin,
  },
  // The claimant picker finds a source by any of its names, not only the one in the title.
  hooks: { beforeOperation: [findByOtherNames('name', ['nameFr', 'aliases.alias'])] },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: { ar: 'الاسم', en: 'Name' } },
    { name: 'nameFr', type: 'text', label: { ar: 'الاسم بالفرنسية', en: 'Name in French' } },
    {
      name: 'aliases',
      type: 'array',
      label: { ar: 'أسماء أخرى', en: 'Aliases' },
      labels: { singular: { ar: 'اسم', en: 'Alias' }, plural: { ar: 'أسماء', en: 'Aliases' } },
      fields: [{ name: 'alias', type: 'text', required: true, label: { ar: 'الاسم', en: 'Alias' } }],
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: { ar: 'النوع', en: 'Kind' },
      options: Object.entries(SOURCE_KINDS).map(([value, label]) => ({ value, label })),
    },
    {
      name: 'affiliation',
      type: 'relationship',
      relationTo: 'sources',
      label: { ar: 'تابع لـ', en: 'Affiliated with' },
      admin: { description: { ar: 'مثل ذراع إعلامية تتبع جماعة.', en: 'E.g. a media arm and its group.' } },
    },
    {
      type: 'row',
      fields: [
        { name: 'partyToConflict', type: 'checkbox', label: { ar: 'طرف في النزاع', en: 'Party to the conflict' } },
        { name: 'conflict', type: 'text', label: { ar: 'أي نزاع', en: 'Which conflict' } },
      ],
    },
    { name: 'reliabilityNotes', type: 'textarea', label: { ar: 'ملاحظات عن الموثوقية', en: 'Reliability notes' } },
    {
      name: 'links',
      type: 'array',
      label: { ar: 'روابط', en: 'Links' },
      labels: { singular: { ar: 'رابط', en: 'Link' }, plural: { ar: 'روابط', en: 'Links' } },
      fields: [
        webURLField('url', { ar: 'الرابط', en: 'URL' }, { required: true }),
        { name: 'label', type: 'text', label: { ar: 'الوصف', en: 'Label' } },
      ],
    },
  ],
}
