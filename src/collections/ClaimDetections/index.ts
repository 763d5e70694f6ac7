import type { CollectionConfig } from 'payload'

import { isFactCheckDesk } from '@/access/isFactCheckDesk'

const nobody = () => false

/**
 * What the claim detector last found in an article, and what the desk did with it: the text it ran on (as a
 * fingerprint), the proposals nobody has yet accepted or dismissed, and the dismissals, remembered so they are
 * not proposed again. Approval needs a run on the text as it stands with nothing left open (publishGate).
 * Written only by the server (src/collections/Articles/endpoints); read by the fact-check desk.
 */
export const ClaimDetections: CollectionConfig = {
  slug: 'claim-detections',
  labels: {
    singular: { ar: 'تشغيل المكتشف', en: 'Detection run' },
    plural: { ar: 'تشغيلات المكتشف', en: 'Detection runs' },
  },
  admin: { hidden: true },
  access: { read: isFactCheckDesk, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'article', type: 'relationship', relationTo: 'articles', required: true, unique: true, index: true },
    { name: 'textHash', type: 'text', required: true },
    { name: 'ranAt', type: 'date', required: true },
    { name: 'ranBy', type: 'relationship', relationTo: 'users' },
    {
      name: 'open',
      type: 'array',
      fields: [{ name: 'sentence', type: 'textarea', required: true }],
    },
    {
      name: 'dismissed',
      type: 'array',
      fields: [
        { name: 'sentence', type: 'textarea', required: true },
        { name: 'by', type: 'relationship', relationTo: 'users' },
        { name: 'at', type: 'date' },
      ],
    },
  ],
}
