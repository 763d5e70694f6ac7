import type { CollectionBeforeOperationHook } from 'payload'

import { hasRole, ROLES } from '@/access/roles'

/**
 * Readers always get the published version: `?draft=true` (REST, GraphQL or local API) from anyone
 * but staff is read as `draft=false`, so a newer draft neither leaks nor hides the published text. Nor are
 * the staff-only joins (claims, internal notes) queried for them, only to be withheld.
 */
export const publicReadsIgnoreDrafts: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || args.overrideAccess || hasRole(req.user, ...ROLES)) return args
  return { ...args, draft: false, joins: false }
}
