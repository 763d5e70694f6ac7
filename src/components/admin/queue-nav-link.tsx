import Link from 'next/link'
import type { ServerProps } from 'payload'

const label = (language: string) => (language === 'en' ? 'My queue' : 'طابور عملي')

/** The first link in the admin's navigation: the signed-in person's queue. */
export function QueueNavLink({ i18n }: ServerProps) {
  return (
    <Link className="nav__link queue-nav-link" href="/admin/queue">
      {label(i18n.language)}
    </Link>
  )
}

/** The same link in the header, in sight at every width without opening the menu. */
export function QueueHeaderLink({ i18n }: ServerProps) {
  return (
    <Link className="queue-header-link" href="/admin/queue">
      {label(i18n.language)}
    </Link>
  )
}
