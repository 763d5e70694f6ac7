import type { CollectionConfig, FieldAccess } from 'payload'

import { isAdmin, isAdminChangingSomeoneElse, isAdminField } from '@/access/isAdmin'
import { isAdminOrSelf } from '@/access/isAdminOrSelf'
import { isStaff } from '@/access/isStaff'
import { hasRole, ROLES } from '@/access/roles'
import { slugFieldFor } from '@/fields/slug'
import { secureCookies } from '@/lib/env'

import { refreshUserPhoto } from '../Media/visibility'
import { revalidateTerm } from '../revalidateTerm'

import { currentPasswordFirst } from './hooks/currentPasswordFirst'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { limitAuthAttempts } from './hooks/limitAuthAttempts'

export const roleLabels = {
  admin: { ar: 'مدير النظام', en: 'Administrator' },
  editor: { ar: 'محرر', en: 'Editor' },
  factChecker: { ar: 'مدقق معلومات', en: 'Fact-checker' },
  writer: { ar: 'كاتب', en: 'Writer' },
} as const

/**
 * A colleague's email address and role are for the desk (fact-checkers, editors, admins) and the person
 * themselves: stringers in conflict zones must not be exposed to each other, so a writer sees names only.
 */
const selfOrDesk: FieldAccess = ({ req: { user }, id, doc }) => {
  if (!user) return false
  if (hasRole(user, 'factChecker', 'editor', 'admin')) return true
  return String(id ?? doc?.id) === String(user.id)
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { ar: 'مستخدم', en: 'User' },
    plural: { ar: 'المستخدمون', en: 'Users' },
  },
  auth: {
    // The sixth wrong password in a row locks the account for a quarter of an hour.
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: { sameSite: 'Lax', secure: secureCookies() },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role'],
    group: { ar: 'غرفة الأخبار', en: 'Newsroom' },
  },
  access: {
    // The admin panel is for newsroom staff only.
    admin: ({ req }) => Boolean(req.user),
    create: isAdmin,
    read: isStaff,
    update: isAdminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [limitAuthAttempts],
    beforeChange: [currentPasswordFirst, firstUserIsAdmin],
    afterChange: [refreshUserPhoto, revalidateTerm('users')],
  },
  fields: [
    // Payload's own email field, with who may read it.
    { name: 'email', type: 'email', required: true, access: { read: selfOrDesk } },
    {
      // Asked on one's own account before a new password or email is saved; never stored, never returned.
      name: 'currentPassword',
      type: 'text',
      virtual: true,
      label: { ar: 'كلمة المرور الحالية (لتغيير كلمة المرور أو البريد)', en: 'Current password (to change your password or email)' },
      hooks: { afterRead: [() => undefined] },
      admin: { components: { Field: '@/components/admin/current-password#CurrentPassword' } },
    },
    {
      name: 'name',
      type: 'text',
      required: true,
      label: { ar: 'الاسم', en: 'Name' },
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'writer',
      label: { ar: 'الدور', en: 'Role' },
      options: ROLES.map((role) => ({ value: role, label: roleLabels[role] })),
      access: {
        // Only an admin grants roles, and never to themselves.
        create: isAdminField,
        update: isAdminChangingSomeoneElse,
        read: selfOrDesk,
      },
      saveToJWT: true,
      admin: { position: 'sidebar' },
    },
    // What readers see on an author's page once they have a published article (src/data/authors.ts).
    {
      name: 'bio',
      type: 'textarea',
      localized: true,
      label: { ar: 'نبذة للقراء', en: 'Bio for readers' },
    },
    { name: 'photo', type: 'upload', relationTo: 'media', label: { ar: 'الصورة', en: 'Photo' } },
    slugFieldFor({ collection: 'users', from: 'name' }),
  ],
}
