import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { readWithArticle } from '@/collections/Articles/access/readArticles'

import { isAuthorOrEditor } from './access/isAuthorOrEditor'
import { articleMustBeReadable } from './hooks/articleMustBeReadable'
import { setCommentAuthor } from './hooks/setCommentAuthor'

/** Internal notes on an article, threaded by `parent`: for the newsroom only, never public. */
export const Comments: CollectionConfig = {
  slug: 'comments',
  labels: {
    singular: { ar: 'ملاحظة داخلية', en: 'Internal note' },
    plural: { ar: 'الملاحظات الداخلية', en: 'Internal notes' },
  },
  admin: {
    useAsTitle: 'body',
    defaultColumns: ['body', 'author', 'article', 'createdAt'],
    group: { ar: 'غرفة الأخبار', en: 'Newsroom' },
  },
  access: {
    // Notes follow their article: a writer reads those on public articles and on their own work only.
    read: readWithArticle(),
    create: isStaff,
    update: isAuthorOrEditor,
    delete: isAuthorOrEditor,
  },
  hooks: {
    beforeChange: [articleMustBeReadable, setCommentAuthor],
  },
  fields: [
    {
      name: 'article',
      type: 'relationship',
      relationTo: 'articles',
      required: true,
      index: true,
      label: { ar: 'المقال', en: 'Article' },
    },
    {
      name: 'body',
      type: 'textarea',
      required: true,
      label: { ar: 'الملاحظة', en: 'Note' },
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'comments',
      label: { ar: 'ردًّا على', en: 'In reply to' },
      // Replies stay inside the same article's thread.
      filterOptions: ({ data }) => (data?.article ? { article: { equals: data.article } } : true),
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      label: { ar: 'الكاتب', en: 'Author' },
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
