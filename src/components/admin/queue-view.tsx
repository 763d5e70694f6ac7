import Link from 'next/link'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps, Where } from 'payload'

import { ownArticleWhere } from '@/collections/Articles/access/publicArticle'
import { queueFor } from '@/lib/workflow/queues'
import { stageLabels, type WorkflowRole } from '@/lib/workflow/stages'

/** The same stages as a filter the admin's list view understands. */
const listQuery = (stages: string[]) => stages.map((stage, i) => `where[stage][in][${i}]=${stage}`).join('&')

/** /admin/queue: what waits for the signed-in person, by role, oldest move first. */
export async function QueueView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const user = req.user
  const language = req.i18n.language === 'en' ? 'en' : 'ar'
  const queue = queueFor(user?.role as WorkflowRole)
  const where: Where | undefined = queue
    ? { and: [{ stage: { in: queue.stages } }, ...(queue.ownOnly && user ? [ownArticleWhere(user.id)] : [])] }
    : undefined
  const { docs } = where
    ? await req.payload.find({ collection: 'articles', where, draft: true, depth: 0, sort: 'updatedAt', limit: 100, overrideAccess: false, user, req })
    : { docs: [] }
  const when = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' })
  const text =
    language === 'ar'
      ? { heading: 'طابور عملي', empty: 'لا شيء ينتظرك الآن.', title: 'العنوان', stage: 'المرحلة', updated: 'آخر تعديل', all: 'كل المقالات', asList: 'افتح الطابور في قائمة المقالات' }
      : { heading: 'My queue', empty: 'Nothing is waiting for you.', title: 'Title', stage: 'Stage', updated: 'Last change', all: 'All articles', asList: 'Open this queue in the articles list' }

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
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <section className="queue" aria-labelledby="queue-heading">
          <h1 id="queue-heading">{text.heading}</h1>
          {queue ? <p className="queue__scope">{queue.title[language]}</p> : null}
          {docs.length === 0 ? (
            <p>{text.empty}</p>
          ) : (
            <table className="queue__table">
              <thead>
                <tr>
                  <th scope="col">{text.title}</th>
                  <th scope="col">{text.stage}</th>
                  <th scope="col">{text.updated}</th>
                </tr>
              </thead>
              <tbody>
                {docs.map((article) => (
                  <tr key={article.id}>
                    <td>
                      <Link href={`/admin/collections/articles/${article.id}`} dir="auto">
                        {article.title || `#${article.id}`}
                      </Link>
                    </td>
                    <td>{article.stage ? stageLabels[article.stage][language] : ''}</td>
                    <td>
                      <time dateTime={article.updatedAt}>{when.format(new Date(article.updatedAt))}</time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p className="queue__links">
            {queue ? <Link href={`/admin/collections/articles?${listQuery(queue.stages)}`}>{text.asList}</Link> : null}
            <Link href="/admin/collections/articles">{text.all}</Link>
          </p>
        </section>
      </Gutter>
    </DefaultTemplate>
  )
}
