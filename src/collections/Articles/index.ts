import type { CollectionConfig } from 'payload'

import { safeText, textOnEverySave } from '@/fields/safeText'
import { slugFieldFor } from '@/fields/slug'
import { defaultLocale } from '@/i18n/locales'
import { previewPath } from '@/lib/paths'

import { deleteArticles } from './access/deleteArticles'
import { canEditBodyOrMarks, canEditContent, canEditDeskFields, canEditFactCheck, staffOnly } from './access/fieldAccess'
import { readArticleVersions } from './access/readArticleVersions'
import { readArticles } from './access/readArticles'
import { updateArticles } from './access/updateArticles'
import { correctionsField } from './fields/corrections'
import { workflowFields } from './fields/workflow'
import { bodyMustBeLexical } from './hooks/bodyMustBeLexical'
import { enforceWorkflow } from './hooks/enforceWorkflow'
import { flagChangedPassages } from './hooks/flagChangedPassages'
import { refuseStaleSaves, savedByField } from './hooks/refuseStaleSaves'
import { marksOnlyFromFactCheck } from './hooks/marksOnlyFromFactCheck'
import { notifyNextAssignee } from './hooks/notifyNextAssignee'
import { onlyEditorsOverrideLocks, rememberDraftMode } from './hooks/operationGuards'
import { publicReadsIgnoreDrafts } from './hooks/publicReadsIgnoreDrafts'
import { relationsMustExist } from './hooks/relationsMustExist'
import { rememberPreviousSlug } from './hooks/rememberPreviousSlug'
import { revalidateArticle, revalidateDeletedArticle } from './hooks/revalidateArticle'
import { setPublishedAt } from './hooks/setPublishedAt'
import { reindexArticle, unindexArticle } from '@/collections/SearchEntries/hooks'
import { forgetDetections } from '@/collections/ClaimDetections/hooks'

import { refreshArticleImages, refreshDeletedArticleImages, rememberPublishedHero } from '@/collections/Media/visibility'
import { detectClaimsEndpoint, dismissProposalEndpoint } from './endpoints/detectClaims'
import { gateEndpoint, moveEndpoint, undoMoveEndpoint } from './endpoints/workflow'

const contentAccess = { create: canEditContent, update: canEditContent }

export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: {
    singular: { ar: 'مقال', en: 'Article' },
    plural: { ar: 'المقالات', en: 'Articles' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'stage', 'section', '_status', 'publishedAt', 'updatedAt'],
    group: { ar: 'المحتوى', en: 'Content' },
    // The latest version on the real article layout, for the newsroom only (see src/data/preview.ts).
    preview: (doc, { locale }) => (doc?.id ? previewPath(locale || defaultLocale, String(doc.id)) : null),
  },
  access: {
    read: readArticles,
    readVersions: readArticleVersions,
    create: ({ req: { user } }) => Boolean(user && ['writer', 'editor', 'admin'].includes(user.role)),
    update: updateArticles,
    delete: deleteArticles,
  },
  versions: {
    maxPerDoc: 100,
    // Drafts are not validated by Payload (a draft may be incomplete); hooks on the title, standfirst, body and
    // relationships keep even a draft well-formed (found by tests/int/fuzz.int.spec.ts).
    // Publication can be set to the minute: a desk holding a report for an embargo or a statement's release hour
    // should not have to round to Payload's default five-minute slots.
    drafts: { autosave: { interval: 1500 }, schedulePublish: { timeIntervals: 1 } },
  },
  lockDocuments: { duration: 300 },
  // Reader lists (published, newest first) walk this index in order and stop at the page's last article;
  // without it SQLite reads and sorts every published article for each page.
  indexes: [{ fields: ['_status', 'publishedAt', 'createdAt', 'embargoUntil'] }],
  endpoints: [detectClaimsEndpoint, dismissProposalEndpoint, moveEndpoint, undoMoveEndpoint, gateEndpoint],
  defaultSort: '-publishedAt',
  hooks: {
    beforeOperation: [publicReadsIgnoreDrafts, rememberDraftMode, onlyEditorsOverrideLocks],
    beforeValidate: [relationsMustExist],
    beforeChange: [refuseStaleSaves, enforceWorkflow, setPublishedAt, rememberPreviousSlug, rememberPublishedHero],
    afterChange: [flagChangedPassages, refreshArticleImages, notifyNextAssignee, reindexArticle, revalidateArticle],
    beforeDelete: [unindexArticle, forgetDetections],
    afterDelete: [refreshDeletedArticleImages, revalidateDeletedArticle],
  },
  fields: [
    // A save that failed stays in sight until one goes through (src/components/admin/save-status.tsx).
    {
      name: 'saveStatus',
      type: 'ui',
      label: { ar: 'حالة الحفظ', en: 'Save status' },
      admin: { disableListColumn: true, components: { Field: '@/components/admin/save-status#SaveStatus' } },
    },
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 300,
      validate: safeText,
      // Drafts skip validation: the same check runs as a hook on every save.
      hooks: { beforeChange: [textOnEverySave({ maxLength: 300, required: true })] },
      label: { ar: 'العنوان', en: 'Title' },
      access: contentAccess,
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: { ar: 'المتن', en: 'Content' },
          fields: [
            {
              name: 'dek',
              type: 'textarea',
              localized: true,
              maxLength: 1000,
              hooks: { beforeChange: [textOnEverySave({ maxLength: 1000, hidden: false })] },
              label: { ar: 'الموجز التمهيدي', en: 'Standfirst' },
              access: contentAccess,
              admin: {
                description: {
                  ar: 'جملة أو جملتان تلخّصان الخبر تحت العنوان.',
                  en: 'One or two sentences under the headline that sum up the story.',
                },
              },
            },
            {
              name: 'body',
              type: 'richText',
              localized: true,
              label: { ar: 'نص المقال', en: 'Body' },
              // Fact-checkers may save the body only to mark claims in it (marksOnlyFromFactCheck).
              access: { create: canEditContent, update: canEditBodyOrMarks },
              hooks: { beforeValidate: [bodyMustBeLexical], beforeChange: [marksOnlyFromFactCheck] },
            },
            // Beside the body, so an accepted proposal is marked in the open editor at once.
            {
              name: 'claimDetector',
              type: 'ui',
              label: { ar: 'اكتشاف الادعاءات', en: 'Detect claims' },
              admin: { components: { Field: '@/components/admin/claim-detector#ClaimDetector' } },
            },
          ],
        },
        {
          label: { ar: 'التصنيف والصورة', en: 'Filing and image' },
          fields: [
            {
              name: 'heroImage',
              type: 'upload',
              relationTo: 'media',
              label: { ar: 'الصورة الرئيسية', en: 'Hero image' },
              access: contentAccess,
            },
            {
              name: 'section',
              type: 'relationship',
              relationTo: 'sections',
              label: { ar: 'القسم', en: 'Section' },
              access: contentAccess,
            },
            {
              name: 'tags',
              type: 'relationship',
              relationTo: 'tags',
              hasMany: true,
              label: { ar: 'الوسوم', en: 'Tags' },
              access: contentAccess,
            },
            {
              name: 'places',
              type: 'relationship',
              relationTo: 'places',
              hasMany: true,
              label: { ar: 'الأماكن', en: 'Places' },
              access: contentAccess,
              admin: { description: { ar: 'الأماكن التي يتناولها الخبر، من دليل الأماكن.', en: 'Where the story happens, from the places gazetteer.' } },
            },
          ],
        },
        {
          label: { ar: 'التصحيحات', en: 'Corrections' },
          fields: [correctionsField],
        },
        {
          label: { ar: 'ملاحظات داخلية', en: 'Internal notes' },
          fields: [
            {
              name: 'comments',
              type: 'join',
              collection: 'comments',
              on: 'article',
              label: { ar: 'الملاحظات الداخلية', en: 'Internal notes' },
              access: { read: staffOnly },
              admin: {
                defaultColumns: ['body', 'author', 'parent', 'createdAt'],
                description: {
                  ar: 'نقاش غرفة الأخبار حول هذا المقال. لا يراه القراء أبدًا.',
                  en: "The newsroom's discussion of this article. Readers never see it.",
                },
              },
            },
          ],
        },
        {
          label: { ar: 'التحقق', en: 'Fact-check' },
          fields: [
            {
              name: 'claims',
              type: 'join',
              collection: 'claims',
              on: 'article',
              label: { ar: 'الادعاءات', en: 'Claims' },
              access: { read: staffOnly },
              admin: {
                defaultColumns: ['text', 'verdict', 'claimant', 'kind'],
                description: {
                  ar: 'لا يُنشر المقال قبل أن يُحكم على كل ادعاء فيه.',
                  en: 'The article cannot be published until every claim in it has a verdict.',
                },
              },
            },
            {
              name: 'factCheckNotes',
              type: 'textarea',
              label: { ar: 'ملاحظات التحقق', en: 'Fact-check notes' },
              access: { read: staffOnly, create: canEditFactCheck, update: canEditFactCheck },
              admin: {
                description: {
                  ar: 'للاستخدام الداخلي: لا تظهر للقراء.',
                  en: 'Internal: never shown to readers.',
                },
              },
            },
          ],
        },
      ],
    },
    // A published slug is a public address: fact-checkers never change it.
    slugFieldFor({ collection: 'articles', access: contentAccess }),
    {
      name: 'previousSlugs',
      type: 'array',
      label: { ar: 'عناوين سابقة تُحوَّل إلى الحالي', en: 'Earlier addresses, redirected here' },
      labels: { singular: { ar: 'عنوان سابق', en: 'Earlier address' }, plural: { ar: 'عناوين سابقة', en: 'Earlier addresses' } },
      // Kept by rememberPreviousSlug when a published article's slug changes.
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.previousSlugs?.length) },
      fields: [{ name: 'slug', type: 'text', required: true, index: true, label: { ar: 'العنوان', en: 'Slug' } }],
    },
    ...workflowFields,
    savedByField,
    {
      name: 'authors',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      label: { ar: 'الكتّاب', en: 'Authors' },
      // The byline starts as the person who opens the new article; the desk changes it if needed.
      defaultValue: ({ user }: { user?: { id?: number | string } | null }) => (user?.id ? [user.id] : []),
      access: contentAccess,
      admin: { position: 'sidebar' },
    },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      label: { ar: 'تاريخ النشر', en: 'Published at' },
      access: { create: canEditDeskFields, update: canEditDeskFields },
      admin: {
        position: 'sidebar',
        // Day before month, as the rest of the admin (the picker ignores the admin's dateFormat).
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
        description: {
          ar: 'يُملأ تلقائيًا عند النشر الأول.',
          en: 'Filled in automatically on first publication.',
        },
      },
    },
    {
      name: 'embargoUntil',
      type: 'date',
      index: true,
      label: { ar: 'محظور النشر حتى', en: 'Embargoed until' },
      access: { create: canEditDeskFields, update: canEditDeskFields },
      admin: {
        position: 'sidebar',
        // Day before month, as the rest of the admin (the picker ignores the admin's dateFormat).
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
        description: {
          ar: 'قبل هذا الموعد لا يظهر المقال في أي مكان عام، حتى لو كان منشورًا.',
          en: 'Before this time the article appears nowhere public, even when published.',
        },
      },
    },
  ],
}
