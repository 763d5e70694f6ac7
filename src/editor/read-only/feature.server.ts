import { createServerFeature } from '@payloadcms/richtext-lexical'

/**
 * The editor is read-only whenever the document is (see feature.client.tsx): Payload renders the rich-text field on
 * the server with only the field's own access and the lock in mind, so a writer whose submitted article the server
 * refuses to save still had a body to type in.
 */
export const ReadOnlyWithDocumentFeature = createServerFeature({
  key: 'readOnlyWithDocument',
  feature: {
    ClientFeature: '@/editor/read-only/feature.client#ReadOnlyWithDocumentFeatureClient',
  },
})
