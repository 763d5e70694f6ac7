import Link from 'next/link'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { deskQueue, stageCounts } from '@/data/desk'
import { timeInStage } from '@/lib/workflow/queues'
import { stageLabels } from '@/lib/workflow/stages'
import type { User } from '@/payload-types'

import { StageCounts } from './desk-counts'

const TEXT = {
  ar: {
    heading: 'طابور عملي',
    empty: 'لا شيء هنا الآن.',
    title: 'العنوان',
    writer: 'الكاتب',
    assignee: 'المكلَّف',
    stage: 'المرحلة',
    since: 'في مرحلته منذ',
    claims: 'ادعاءات لم تُحسم',
    mine: 'المكلَّف بها أنا فقط',
    everyone: 'كل ما في الطابور',
    all: 'كل المقالات',
    nobody: '—',
    justNow: 'الآن',
  },
  en: {
    heading: 'My queue',
    empty: 'Nothing here now.',
    title: 'Title',
    writer: 'Writer',
    assignee: 'Assignee',
    stage: 'Stage',
    since: 'In its stage for',
    claims: 'Unresolved claims',
    mine: 'Assigned to me only',
    everyone: 'Everything in the queue',
    all: 'All articles',
    nobody: '—',
    justNow: 'just now',
  },
}

/** /admin/queue: the signed-in person's trays (what waits for them, what they sent on), and the desk's counts. */
export async function QueueView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const user = req.user
  const language = req.i18n.language === 'en' ? 'en' : 'ar'
  const text = TEXT[language]
  const mine = searchParams?.mine === '1'
  const [sections, counts] = await Promise.all([deskQueue(req, { mine }), user ? stageCounts(req.payload, user as User) : null])
  const since = new Intl.RelativeTimeFormat(language === 'ar' ? 'ar-u-nu-latn' : 'en', { numeric: 'always', style: 'long' })
  const number = new Intl.NumberFormat(language === 'ar' ? 'ar-u-nu-latn' : 'en')
  const hasAssignees = sections.some((section) => section.tray.assignee)

  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={user ?? undefined}
      // A custom view gets the header's actions (the queue link among them) only when it hands them over itself.
      viewActions={req.payload.config.admin.components?.actions}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <div className="queue">
          <h1 id="queue-heading">{text.heading}</h1>
          {counts ? <StageCounts counts={counts} language={language} /> : null}
          {hasAssignees ? (
            <p className="queue__filter">
              {mine ? <Link href="/admin/queue">{text.everyone}</Link> : <Link href="/admin/queue?mine=1">{text.mine}</Link>}
            </p>
          ) : null}
          {sections.map(({ tray, rows }) => (
            <section key={tray.key} className="queue__tray" aria-labelledby={`queue-${tray.key}`}>
              <h2 id={`queue-${tray.key}`}>
                {tray.title[language]} <span className="queue__tally">({number.format(rows.length)})</span>
              </h2>
              {rows.length === 0 ? (
                <p>{text.empty}</p>
              ) : (
                <div className="queue__scroll">
                  <table className="queue__table">
                    <thead>
                      <tr>
                        <th scope="col">{text.title}</th>
                        <th scope="col">{text.writer}</th>
                        {tray.assignee ? <th scope="col">{text.assignee}</th> : null}
                        <th scope="col">{text.stage}</th>
                        <th scope="col">{text.since}</th>
                        <th scope="col">{text.claims}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {rows.map((row) => {
                        const age = timeInStage(row.since)
                        return (
                          <tr key={row.id}>
                            <td>
                              <Link href={`/admin/collections/articles/${row.id}`} dir="auto">
                                {row.title}
                              </Link>
                            </td>
                            <td>{row.writer ?? text.nobody}</td>
                            {tray.assignee ? <td>{row.assignee ?? text.nobody}</td> : null}
                            <td>{stageLabels[row.stage][language]}</td>
                            <td>
                              <time dateTime={row.since}>{age.unit === 'minute' && age.value === 0 ? text.justNow : since.format(-age.value, age.unit)}</time>
                            </td>
                            <td data-open-claims={row.openClaims}>{number.format(row.openClaims)}</td>
                          </tr>
                        )
                      })}
                    </tbody>
                  </table>
                </div>
              )}
            </section>
          ))}
          <p className="queue__links">
            <Link href="/admin/collections/articles">{text.all}</Link>
          </p>
        </div>
      </Gutter>
    </DefaultTemplate>
  )
}
