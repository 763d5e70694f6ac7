import type { Access } from 'payload'

import { hasRole } from './roles'

/** Fact-checkers, editors and admins: the people who record claims and sources. */
export const isFactCheckDesk: Access = ({ req }) => hasRole(req.user, 'factChecker', 'editor', 'admin')
