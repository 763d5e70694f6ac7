import type { Access, PayloadRequest } from 'payload'

import { hasRole } from '@/access/roles'
import { canTransition, isStage, type WorkflowRole, WRITER_STAGES } from '@/lib/workflow/stages'
import { idOf } from '@/lib/ids'

import { ownArticleWhere } from './publicArticle'

/**
 * Publishing is its own right: asking to write `_status: published` is for editors and admins only. The admin
 * asks the same question of one article to decide whether to offer «نشر التّغييرات» and scheduling: it is
 * offered only where the workflow allows publishing now (an approved article, or a published one's changes).
 * Writers change only their own articles while in draft or returned; fact-checkers reach every
 * article, but field access and the workflow hook limit them to the fact-check fields and their transitions.
 *
 * For one article the writer's rule is read off its latest version, never answered with a query: Payload runs
 * such a query against the main record, which lags behind the drafts, so a writer's autosave in «قيد التحرير»
 * used to match an older draft there, pass, and write that old record's history back over the real one.
 */
export const updateArticles: Access = async ({ req, id, data }) => {
  const { user } = req
  if (!user) return false
  if (data?._status === 'published') {
    if (!hasRole(user, 'editor', 'admin')) return false
    // A save asking to publish goes on to the workflow hook, which refuses one not yet approved and says why (a
    // page opened before the article moved back). The admin's question, asked outside any save, hears the answer;
    // a new article is never published directly.
    if (savesNow(req)) return true
    if (id === undefined || id === null) return false
    const latest = await req.payload
      .findByID({ collection: 'articles', id, draft: true, depth: 0, select: { stage: true }, overrideAccess: true, req })
      .catch(() => null)
    const stage = isStage(latest?.stage) ? latest.stage : 'draft'
    return stage === 'published' || canTransition(user.role as WorkflowRole, stage, 'published')
  }
  if (hasRole(user, 'editor', 'admin', 'factChecker')) return true
  if (!hasRole(user, 'writer')) return false
  // Lists (bulk edits): the query, which the workflow hook checks again against each latest version.
  if (id === undefined || id === null) return { and: [ownArticleWhere(user.id), { stage: { in: [...WRITER_STAGES] } }] }
  const latest = await req.payload
    .findByID({ collection: 'articles', id, draft: true, depth: 0, select: { stage: true, createdBy: true, authors: true }, overrideAccess: true, req })
    .catch(() => null)
  if (!latest) return false
  const own = idOf(latest.createdBy) === user.id || (latest.authors ?? []).some((author) => idOf(author) === user.id)
  return own && (WRITER_STAGES as readonly string[]).includes(latest.stage ?? 'draft')
}

/** Whether a create or update is under way on this request (rememberDraftMode marks it before access is asked). */
const savesNow = (req: PayloadRequest) => typeof req.context.draftSave === 'boolean'
