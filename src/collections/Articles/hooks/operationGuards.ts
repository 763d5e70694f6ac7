import type { CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '@/access/roles'

/** The workflow hook must know a draft save (a new version) from a write to the live article. */
export const rememberDraftMode: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'restoreVersion') return args
  req.context.draftSave = Boolean(args.draft)
  req.context.autosave = operation === 'update' && Boolean((args as { autosave?: boolean }).autosave)
  // A restored version brings back its words, not its workflow state (enforceWorkflow).
  req.context.restoringVersion = operation === 'restoreVersion'
  return args
}

/** Only editors and admins may take over a document another person has open (`overrideLock`). */
export const onlyEditorsOverrideLocks: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation === 'update' || operation === 'delete') && req.user && !hasRole(req.user, 'editor', 'admin')) {
    return { ...args, overrideLock: false }
  }
  return args
}
