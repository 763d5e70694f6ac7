import type { Payload, PayloadRequest, Where } from 'payload'

import { ownArticleWhere } from '@/collections/Articles/access/publicArticle'
import { claimBlocker, gateClaims } from '@/collections/Articles/hooks/publishGate'
import { type DeskTray, traysFor } from '@/lib/workflow/queues'
import { STAGES, type Stage, type WorkflowRole } from '@/lib/workflow/stages'
import type { Article, User } from '@/payload-types'
import { idOf } from '@/lib/ids'

// What the desk's queue and dashboard show (src/components/admin/queue-view.tsx): plain rows, read as the
// signed-in person with access enforced. Staff only: readers never reach these.

export type DeskRow = {
  id: number
  title: string
  stage: Stage
  writer: string | null
  assignee: string | null
  /** When the article reached its stage (its latest move). */
  since: string
  openClaims: number
}
export type DeskSection = { tray: DeskTray; rows: DeskRow[] }

/** The person's trays, each with its articles (oldest in its stage first); `mine` keeps those assigned to them. */
export async function deskQueue(req: PayloadRequest, { mine = false } = {}): Promise<DeskSection[]> {
  const user = req.user as User | null
  if (!user) return []
  const trays = traysFor(user.role as WorkflowRole)
  const found = await Promise.all(
    trays.map(async (tray) => {
      const where: Where = {
        and: [
          { stage: { in: tray.stages } },
          ...(tray.ownOnly ? [ownArticleWhere(user.id)] : []),
          ...(mine && tray.assignee ? [{ [`assignees.${tray.assignee}`]: { equals: user.id } }] : []),
        ],
      }
      const { docs } = await req.payload.find({ collection: 'articles', where, draft: true, depth: 0, sort: tray.newestFirst ? '-updatedAt' : 'updatedAt', limit: tray.limit ?? 100, overrideAccess: false, user, req })
      return { tray, docs: docs as Article[] }
    }),
  )
  const articles = found.flatMap(({ docs }) => docs)
  const people = [...new Set(articles.flatMap((article) => [idOf(article.assignees?.writer) ?? idOf(article.createdBy), ...['factChecker', 'editor', 'writer'].map((role) => idOf(article.assignees?.[role as 'writer']))]).filter((id): id is number => id != null))]
  const [{ docs: users }, claims] = await Promise.all([
    people.length ? req.payload.find({ collection: 'users', where: { id: { in: people } }, select: { name: true }, depth: 0, limit: people.length, pagination: false, overrideAccess: true, req }) : Promise.resolve({ docs: [] as Pick<User, 'id' | 'name'>[] }),
    gateClaims(req, articles.map((article) => article.id)),
  ])
  const names = new Map(users.map((person) => [person.id, person.name]))
  const open = new Map<number, number>()
  for (const claim of claims) if (claimBlocker(claim)) open.set(idOf(claim.article)!, (open.get(idOf(claim.article)!) ?? 0) + 1)

  return found.map(({ tray, docs }) => ({
    tray,
    rows: docs.map((article) => {
      const stage = (article.stage ?? 'draft') as Stage
      const assignee = tray.assignee ? idOf(article.assignees?.[tray.assignee]) : null
      return {
        id: article.id,
        title: article.title || `#${article.id}`,
        stage,
        writer: names.get((idOf(article.assignees?.writer) ?? idOf(article.createdBy))!) ?? null,
        assignee: assignee != null ? (names.get(assignee) ?? null) : null,
        since: article.history?.at(-1)?.at ?? article.updatedAt,
        openClaims: open.get(article.id) ?? 0,
      }
    }),
  }))
}

/** How many articles stand at each stage, as this person may see them. */
export async function stageCounts(payload: Payload, user: User): Promise<Record<Stage, number>> {
  const entries = await Promise.all(
    STAGES.map(async (stage) => {
      // Counted on each article's latest version, as the trays list them: a published article back in edit
      // counts at its draft's stage, not its published one's (count has no draft option; find does).
      const { totalDocs } = await payload.find({ collection: 'articles', where: { stage: { equals: stage } }, draft: true, depth: 0, limit: 1, select: {}, overrideAccess: false, user })
      return [stage, totalDocs] as const
    }),
  )
  return Object.fromEntries(entries) as Record<Stage, number>
}
