import Link from 'next/link'
import type { ServerProps } from 'payload'

/** The first link in the admin's navigation: the signed-in person's queue. */
export function QueueNavLink({ i18n }: ServerProps) {
  return (
    <Link className="nav__link queue-nav-link" href="/admin/queue">
      {i18n.language === 'en' ? 'My queue' : 'طابور عملي'}
    </Link>
  )
}
