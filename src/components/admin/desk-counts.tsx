import Link from 'next/link'
import type { ServerProps } from 'payload'
import type { ReactNode } from 'react'

import { stageCounts } from '@/data/desk'
import { STAGES, type Stage, stageLabels } from '@/lib/workflow/stages'
import type { User } from '@/payload-types'

type Language = 'ar' | 'en'

/** How many articles stand at each stage, each a link to them: the queue's header and the dashboard's. */
export function StageCounts({ counts, language, children }: { counts: Record<Stage, number>; language: Language; children?: ReactNode }) {
  const number = new Intl.NumberFormat(language === 'ar' ? 'ar-u-nu-latn' : 'en')
  return (
    <nav className="queue__counts" aria-label={language === 'ar' ? 'المقالات حسب المرحلة' : 'Articles by stage'}>
      <ul>
        {STAGES.map((stage) => (
          <li key={stage}>
            <Link href={`/admin/collections/articles?where[stage][equals]=${stage}`}>
              <span>{stageLabels[stage][language]}</span> <strong>{number.format(counts[stage])}</strong>
            </Link>
          </li>
        ))}
        {children}
      </ul>
    </nav>
  )
}

/** On the admin's dashboard: the counts, and the way to one's queue. */
export async function DeskCounts({ i18n, payload, user }: ServerProps) {
  if (!user) return null
  const language: Language = i18n.language === 'en' ? 'en' : 'ar'
  return (
    <StageCounts counts={await stageCounts(payload, user as User)} language={language}>
      <li>
        <Link href="/admin/queue">{language === 'ar' ? 'طابور عملي' : 'My queue'}</Link>
      </li>
    </StageCounts>
  )
}
