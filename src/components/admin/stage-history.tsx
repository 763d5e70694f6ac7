import type { UIFieldServerComponent } from 'payload'

import { formatAdminDate } from '@/lib/dates'
import { isStage, stageLabels } from '@/lib/workflow/stages'
import type { Article } from '@/payload-types'

type Move = NonNullable<Article['history']>[number]

/** The article's stage history, newest first, in the edit view's sidebar: who moved it where, when, and why. */
export const StageHistory: UIFieldServerComponent = async ({ data, i18n, payload, req }) => {
  const history = ((data as Article | undefined)?.history ?? []) as Move[]
  const language = i18n.language === 'en' ? 'en' : 'ar'
  const text = language === 'ar' ? { title: 'سجل المراحل', empty: 'لا تنقلات بعد.', by: 'بواسطة', created: 'أُنشئ' } : { title: 'Stage history', empty: 'No moves yet.', by: 'by', created: 'created' }

  const ids = [...new Set(history.map((move) => (typeof move.by === 'object' ? move.by?.id : move.by)).filter(Boolean))]
  const { docs } = ids.length
    ? await payload.find({ collection: 'users', where: { id: { in: ids } }, select: { name: true }, depth: 0, limit: ids.length, req })
    : { docs: [] }
  const names = new Map(docs.map((user) => [String(user.id), user.name]))
  const stage = (value: unknown) => (isStage(value) ? stageLabels[value][language] : '')
  const arrow = language === 'ar' ? '←' : '→'

  return (
    <section className="stage-history" aria-label={text.title}>
      <h3 className="stage-history__title">{text.title}</h3>
      {history.length === 0 ? <p>{text.empty}</p> : null}
      <ol className="stage-history__list">
        {[...history].reverse().map((move) => {
          const by = names.get(String(typeof move.by === 'object' ? move.by?.id : move.by))
          return (
            <li key={move.id ?? `${move.at}-${move.to}`} className={`stage-history__move stage-history__move--${move.to}`}>
              <strong>{move.from ? `${stage(move.from)} ${arrow} ${stage(move.to)}` : `${text.created}: ${stage(move.to)}`}</strong>
              <span className="stage-history__meta">
                {by ? `${text.by} ${by} · ` : ''}
                <time dateTime={move.at}>{formatAdminDate(move.at)}</time>
              </span>
              {move.note ? <q className="stage-history__note">{move.note}</q> : null}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
