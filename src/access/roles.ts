import type { User } from '@/payload-types'

export const ROLES = ['admin', 'editor', 'factChecker', 'writer'] as const
export type Role = (typeof ROLES)[number]

export function hasRole(user: unknown, ...roles: Role[]): boolean {
  const role = (user as Pick<User, 'role'> | null | undefined)?.role
  return Boolean(role && roles.includes(role))
}
