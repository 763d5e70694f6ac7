import type { CollectionConfig, FieldAccess } from 'payload'

import { isFactCheckDesk } from '@/access/isFactCheckDesk'
import { hasRole } from '@/access/roles'
import { readWithArticle } from '@/collections/Articles/access/readArticles'
import { CORRECTION_KINDS } from '@/collections/Articles/fields/corrections'
import { reindexClaimArticle, reindexDeletedClaimArticle } from '@/collections/SearchEntries/hooks'
import { webURLField } from '@/fields/webURL'
import { CHANNELS, CLAIM_KINDS, options, REPLY_CHANNELS, VERDICTS } from '@/lib/claims/verdicts'

import { dropEmptyEvidence } from './hooks/dropEmptyEvidence'
import { keepPublishedClaims, logPublishedChanges } from './hooks/logPublishedChanges'
import { recordCheck } from './hooks/recordCheck'
import { verdictMustHoldUp } from './hooks/verdictMustHoldUp'
import { revalidateClaimArticle, revalidateDeletedClaimArticle } from './hooks/revalidateClaimArticle'

const serverSet = { create: () => false, update: () => false }
// Day before month, as the rest of the admin (the picker ignores the admin's dateFormat): a day where only the
// day matters, the time too where the hour of a call or a check does.
const dayFirst = {
  day: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' },
  dayAndTime: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
} as const
const canCheckClaims: FieldAccess = ({ req }) => hasRole(req.user, 'factChecker', 'editor', 'admin')

/** One claim in one article: who made it, how it reached us, what we found, and the evidence. */
export const Claims: CollectionConfig = {
  slug: 'claims',
  labels: {
    singular: { ar: 'ادعاء', en: 'Claim' },
    plural: { ar: 'الادعاءات', en: 'Claims' },
  },
  admin: {
    useAsTitle: 'text',
    defaultColumns: ['text', 'verdict', 'claimant', 'article'],
    group: { ar: 'التحقق', en: 'Fact-checking' },
  },
  access: {
    // A writer reads the claims of public articles and of their own work only: a claim quotes its article.
    read: readWithArticle(),
    create: isFactCheckDesk,
    update: isFactCheckDesk,
    delete: isFactCheckDesk,
  },
  hooks: {
    beforeValidate: [dropEmptyEvidence],
    beforeChange: [recordCheck, verdictMustHoldUp, logPublishedChanges],
    afterChange: [reindexClaimArticle, revalidateClaimArticle],
    beforeDelete: [keepPublishedClaims],
    afterDelete: [reindexDeletedClaimArticle, revalidateDeletedClaimArticle],
  },
  fields: [
    { name: 'article', type: 'relationship', relationTo: 'articles', required: true, index: true, label: { ar: 'المقال', en: 'Article' } },
    { name: 'text', type: 'textarea', required: true, label: { ar: 'نص الادعاء', en: 'Claim' } },
    {
      name: 'anchor',
      type: 'group',
      label: { ar: 'موضعه في النص', en: 'Anchor in the text' },
      fields: [
        { name: 'quote', type: 'textarea', label: { ar: 'المقطع', en: 'Quoted passage' } },
        {
          type: 'row',
          fields: [
            { name: 'start', type: 'number', min: 0, label: { ar: 'من الحرف', en: 'From character' } },
            { name: 'end', type: 'number', min: 0, label: { ar: 'إلى الحرف', en: 'To character' } },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'verdict', type: 'select', required: true, defaultValue: 'unverified', index: true, label: { ar: 'الحكم', en: 'Verdict' }, options: options(VERDICTS) },
        { name: 'kind', type: 'select', label: { ar: 'النوع', en: 'Kind' }, options: options(CLAIM_KINDS) },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'claimant', type: 'relationship', relationTo: 'sources', label: { ar: 'القائل', en: 'Claimant' } },
        { name: 'channel', type: 'select', label: { ar: 'كيف وصلنا', en: 'How it reached us' }, options: options(CHANNELS) },
      ],
    },
    { name: 'named', type: 'checkbox', defaultValue: true, label: { ar: 'القائل مسمّى', en: 'Claimant is named' } },
    {
      type: 'row',
      admin: { condition: (_, sibling) => sibling?.named === false },
      fields: [
        { name: 'unnamedDescription', type: 'text', label: { ar: 'وصف المصدر', en: 'Description' }, admin: { placeholder: 'مصدر أمني' } },
        { name: 'unnamedReason', type: 'textarea', label: { ar: 'سبب عدم التسمية', en: 'Why unnamed' } },
      ],
    },
    {
      name: 'figures',
      type: 'array',
      label: { ar: 'الأرقام', en: 'Figures' },
      labels: { singular: { ar: 'رقم', en: 'Figure' }, plural: { ar: 'أرقام', en: 'Figures' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'value', type: 'number', required: true, label: { ar: 'القيمة', en: 'Value' } },
            { name: 'unit', type: 'text', label: { ar: 'الوحدة', en: 'Unit' } },
            { name: 'raw', type: 'text', label: { ar: 'كما ورد', en: 'As written' } },
          ],
        },
      ],
    },
    { name: 'rationale', type: 'textarea', localized: true, label: { ar: 'تعليل الحكم', en: 'Rationale' } },
    {
      name: 'corroboratingSources',
      type: 'relationship',
      relationTo: 'sources',
      hasMany: true,
      label: { ar: 'مصادر مستقلة مؤكِّدة', en: 'Independent corroborating sources' },
      admin: { description: { ar: 'مصدران على الأقل، لا يتبعان القائل.', en: 'At least two, not affiliated with the claimant.' } },
    },
    {
      name: 'evidence',
      type: 'array',
      label: { ar: 'الأدلة', en: 'Evidence' },
      labels: { singular: { ar: 'دليل', en: 'Evidence' }, plural: { ar: 'أدلة', en: 'Evidence' } },
      fields: [
        webURLField('url', { ar: 'الرابط', en: 'URL' }),
        webURLField('archivedUrl', { ar: 'رابط الأرشيف', en: 'Archived URL' }),
        { name: 'description', type: 'textarea', label: { ar: 'الوصف', en: 'Description' } },
        { name: 'accessedAt', type: 'date', label: { ar: 'تاريخ الاطلاع', en: 'Accessed' }, admin: { date: dayFirst.day } },
      ],
    },
    {
      name: 'rightOfReply',
      type: 'array',
      label: { ar: 'حق الرد', en: 'Right of reply' },
      labels: { singular: { ar: 'محاولة تواصل', en: 'Contact attempt' }, plural: { ar: 'محاولات التواصل', en: 'Contact attempts' } },
      fields: [
        { name: 'contact', type: 'text', required: true, label: { ar: 'مع من', en: 'With whom' } },
        { name: 'channel', type: 'select', label: { ar: 'الوسيلة', en: 'Channel' }, options: options(REPLY_CHANNELS) },
        { name: 'contactedAt', type: 'date', label: { ar: 'متى', en: 'When' }, admin: { date: dayFirst.dayAndTime } },
        { name: 'answer', type: 'textarea', label: { ar: 'الرد', en: 'Answer' } },
        { name: 'noAnswer', type: 'checkbox', label: { ar: 'لم يردّ', en: 'No answer' } },
      ],
    },
    {
      name: 'publicNote',
      type: 'group',
      label: { ar: 'ملاحظة للقراء', en: 'Note to readers' },
      admin: {
        description: {
          ar: 'إذا كان المقال منشورًا، فكل تغيير يراه القراء في هذا الادعاء يحتاج إلى سطر هنا؛ يظهر مؤرخًا في سجل التصحيحات.',
          en: 'If the article is published, any change readers would see in this claim needs a line here; it appears, dated, in the corrections log.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'kind', type: 'select', defaultValue: 'correction', label: { ar: 'النوع', en: 'Kind' }, options: options(CORRECTION_KINDS) },
            { name: 'note', type: 'textarea', label: { ar: 'ما الذي تغيّر', en: 'What changed' } },
          ],
        },
      ],
    },
    {
      name: 'log',
      type: 'array',
      label: { ar: 'سجل التغييرات المنشورة', en: 'Published changes' },
      labels: { singular: { ar: 'تغيير', en: 'Change' }, plural: { ar: 'تغييرات', en: 'Changes' } },
      // Written only by logPublishedChanges; nobody edits or removes an entry.
      access: serverSet,
      admin: { readOnly: true },
      fields: [
        { name: 'kind', type: 'select', required: true, options: options(CORRECTION_KINDS), label: { ar: 'النوع', en: 'Kind' } },
        { name: 'note', type: 'textarea', required: true, label: { ar: 'الملاحظة', en: 'Note' } },
        { name: 'at', type: 'date', label: { ar: 'التاريخ', en: 'Date' }, admin: { date: dayFirst.dayAndTime } },
      ],
    },
    {
      name: 'needsRecheck',
      type: 'checkbox',
      label: { ar: 'تغيّر المقطع بعد التحقق: أعد التحقق', en: 'The passage changed after the check: check again' },
      // Ticked by the server when the marked words change (flagChangedPassages); the desk unticks it once re-checked.
      access: { create: () => false, update: canCheckClaims },
      // Shown while the claim as saved is flagged, not while the box is ticked: unticked, it stays until saved.
      admin: {
        position: 'sidebar',
        components: { Field: '@/components/admin/recheck-flag#RecheckFlag' },
        description: { ar: 'أزل العلامة بعد التحقق من النص الجديد.', en: 'Untick it once you have checked the new wording.' },
      },
    },
    {
      type: 'row',
      fields: [
        { name: 'checkedBy', type: 'relationship', relationTo: 'users', label: { ar: 'دقّقه', en: 'Checked by' }, access: serverSet, admin: { readOnly: true } },
        { name: 'checkedAt', type: 'date', label: { ar: 'في', en: 'Checked at' }, access: serverSet, admin: { readOnly: true, date: dayFirst.dayAndTime } },
      ],
    },
  ],
}
