import { lexicalEditor } from '@payloadcms/richtext-lexical'

import { ClaimMarkFeature } from './claim-mark/feature.server'
import { ReadOnlyWithDocumentFeature } from './read-only/feature.server'

/** The newsroom's rich-text editor: Payload's defaults plus claim marks, read-only whenever its document is. */
export const newsroomEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [...defaultFeatures, ClaimMarkFeature(), ReadOnlyWithDocumentFeature()],
})
