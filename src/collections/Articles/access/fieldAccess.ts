import type { FieldAccess } from 'payload'

import { hasRole, ROLES } from '@/access/roles'

/** Title, standfirst, body, image, filing: the writers' and editors' text, never the fact-checker's. */
export const canEditContent: FieldAccess = ({ req: { user } }) => hasRole(user, 'writer', 'editor', 'admin')

/** Dates readers see, embargo and assignments: the desk's decisions. */
export const canEditDeskFields: FieldAccess = ({ req: { user } }) => hasRole(user, 'editor', 'admin')

export const canEditFactCheck: FieldAccess = ({ req: { user } }) => hasRole(user, 'factChecker', 'editor', 'admin')

/** Internal fields (history, assignments, notes) are for the newsroom's eyes only. */
export const staffOnly: FieldAccess = ({ req: { user } }) => hasRole(user, ...ROLES)

export const nobody: FieldAccess = () => false

/** The body: its words are the writers' and editors'; fact-checkers save it only to mark claims (see marksOnlyFromFactCheck). */
export const canEditBodyOrMarks: FieldAccess = ({ req: { user } }) => hasRole(user, 'writer', 'factChecker', 'editor', 'admin')
