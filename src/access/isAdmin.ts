import type { Access, FieldAccess } from 'payload'

import { hasRole } from './roles'

export const isAdmin: Access = ({ req }) => hasRole(req.user, 'admin')

export const isAdminField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')

/** Admins set other people's roles; nobody changes their own (no self-promotion, no last admin locking themselves out). */
export const isAdminChangingSomeoneElse: FieldAccess = ({ req, id }) =>
  hasRole(req.user, 'admin') && (id === undefined || String(id) !== String(req.user?.id))
