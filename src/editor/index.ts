import { lexicalEditor } from '@payloadcms/richtext-lexical'

import { ClaimMarkFeature } from './claim-mark/feature.server'

/** The newsroom's rich-text editor: Payload's defaults plus claim marks. */
export const newsroomEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [...defaultFeatures, ClaimMarkFeature()],
})
