import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { isStaff } from '@/access/isStaff'

import { refuseOversizedImages } from './hooks/refuseOversizedImages'
import { stripImageMetadata } from './hooks/stripImageMetadata'
import { readMedia } from './visibility'

// Raster images only: SVG can carry script, and nothing else belongs in an article's pictures.
export const ACCEPTED_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif']
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024

export const mediaDir = () => path.resolve(process.env.MEDIA_DIR || 'data/media')

export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: { ar: 'وسيط', en: 'Media item' },
    plural: { ar: 'الوسائط', en: 'Media' },
  },
  admin: {
    useAsTitle: 'alt',
    group: { ar: 'المحتوى', en: 'Content' },
  },
  access: {
    // Public only once an article shows it (src/collections/Media/visibility): the document and its files.
    read: readMedia,
    create: isStaff,
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
  },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: ACCEPTED_IMAGE_TYPES,
    // No fetching of remote files by URL (server-side request forgery).
    pasteURL: false,
    // A stored file never changes under its name (a new upload gets a new one): readers' browsers keep it.
    modifyResponseHeaders: ({ headers }) => {
      headers.set('Cache-Control', 'public, max-age=31536000, immutable')
      return headers
    },
    focalPoint: true,
    adminThumbnail: 'thumbnail',
    formatOptions: { format: 'webp', options: { quality: 82 } },
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 225, formatOptions: { format: 'webp', options: { quality: 75 } } },
      { name: 'card', width: 800, height: 450, formatOptions: { format: 'webp', options: { quality: 78 } } },
      { name: 'hero', width: 1600, formatOptions: { format: 'webp', options: { quality: 80 } } },
    ],
  },
  hooks: {
    // Before Payload processes the file (nothing runs between its access check and that): too many pixels are
    // refused from the header (./images/limits), then the picture is re-encoded without its metadata.
    beforeOperation: [refuseOversizedImages, stripImageMetadata],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      label: { ar: 'النص البديل', en: 'Alt text' },
      admin: {
        description: {
          ar: 'وصف الصورة لمن لا يراها، يقرؤه قارئ الشاشة.',
          en: 'What the picture shows, read aloud by screen readers.',
        },
      },
    },
    {
      name: 'caption',
      type: 'textarea',
      localized: true,
      label: { ar: 'التعليق', en: 'Caption' },
    },
    {
      name: 'credit',
      type: 'text',
      label: { ar: 'المصدر والحقوق', en: 'Credit' },
    },
    {
      // Derived from the articles and people that show the picture: see ./visibility.
      name: 'publicFrom',
      type: 'date',
      index: true,
      label: { ar: 'علنية منذ', en: 'Public since' },
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar', description: { ar: 'منذ نشر مقال يعرضها؛ قبل ذلك لا يراها إلا فريق التحرير.', en: 'Since an article showing it was published; until then only staff see it.' } },
    },
  ],
}
