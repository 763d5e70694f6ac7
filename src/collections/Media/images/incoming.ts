import type { CollectionBeforeOperationHook, DefaultDocumentIDType, PayloadRequest } from 'payload'

type HookArguments = Parameters<CollectionBeforeOperationHook>[0]
export type IncomingFile = NonNullable<PayloadRequest['file']>

/**
 * The file a create or update brings, when its caller may make that change at all. These hooks run before
 * Payload's access check (nothing else runs before it decodes the file): someone the collection's rule refuses
 * gets that refusal, and the server decodes nothing on their behalf.
 */
export async function incomingFile({ args, collection, operation, overrideAccess, req }: HookArguments): Promise<IncomingFile | null> {
  if ((operation !== 'create' && operation !== 'update') || !req.file) return null
  if (!overrideAccess) {
    const { data, id } = args as { data?: Record<string, unknown>; id?: DefaultDocumentIDType }
    if (!(await collection.access[operation]({ collectionConfig: collection, req, data, id }))) return null
  }
  return req.file
}

/** Where sharp reads the file from: its temporary copy on disk when Payload wrote one, else the bytes in memory. */
export const fileInput = (file: IncomingFile): Buffer | string => file.tempFilePath || file.data
