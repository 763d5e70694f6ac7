import type { Access } from 'payload'

import { hasRole } from './roles'

export const isEditorOrAdmin: Access = ({ req }) => hasRole(req.user, 'editor', 'admin')
