import Link from 'next/link'
import type { ServerProps } from 'payload'

import { stageCounts } from '@/data/desk'
import { STAGES, stageLabels } from '@/lib/workflow/stages'
import type { User } from '@/payload-types'

/** On the admin's dashboard: how many articles stand at each stage, each a link to them. */
export async function DeskCounts({ i18n, payload, user }: ServerProps) {
  if (!user) return null
  const language = i18n.language === 'en' ? 'en' : 'ar'
  const counts = await stageCounts(payload, user as User)
  const number = new Intl.NumberFormat(language === 'ar' ? 'ar-u-nu-latn' : 'en')
  return (
    <nav className="queue__counts desk-counts" aria-label={language === 'ar' ? 'المقالات حسب المرحلة' : 'Articles by stage'}>
      <ul>
        {STAGES.map((stage) => (
          <li key={stage}>
            <Link href={`/admin/collections/articles?where[stage][equals]=${stage}`}>
              <span>{stageLabels[stage][language]}</span> <strong>{number.format(counts[stage])}</strong>
            </Link>
          </li>
        ))}
        <li>
          <Link href="/admin/queue">{language === 'ar' ? 'طابور عملي' : 'My queue'}</Link>
        </li>
      </ul>
    </nav>
  )
}
