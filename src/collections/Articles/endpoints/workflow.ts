import { type Endpoint, Forbidden, NotFound, type PayloadRequest } from 'payload'

import { detectionBlocker } from '@/collections/ClaimDetections/runs'
import { refusal } from '@/collections/errors'
import { isStage } from '@/lib/workflow/stages'

import { claimsOf } from '../hooks/publishGate'

// The admin's workflow buttons (src/components/admin/workflow-actions.tsx) move an article through these
// endpoints: a move is its own request, never part of an autosave, and the workflow hook judges it as it
// judges every other path.

const routeId = (req: PayloadRequest) => req.routeParams?.id as string

async function bodyOf(req: PayloadRequest): Promise<Record<string, unknown>> {
  const body = await req.json?.().catch(() => null)
  return body && typeof body === 'object' ? (body as Record<string, unknown>) : {}
}

/** The article as the person asking may see it (404 otherwise). */
async function visibleArticle(req: PayloadRequest) {
  if (!req.user) throw new Forbidden(req.t)
  const article = await req.payload
    .findByID({ collection: 'articles', id: routeId(req), draft: true, depth: 0, overrideAccess: false, user: req.user, req })
    .catch(() => null)
  if (!article) throw new NotFound(req.t)
  return article
}

/** Runs the save on behalf of the person; a refusal comes back with its reason and status, as any save's. */
async function moveArticle(req: PayloadRequest, data: Record<string, unknown>) {
  const article = await visibleArticle(req)
  const doc = await req.payload.update({ collection: 'articles', id: article.id, draft: true, depth: 0, data, overrideAccess: false, user: req.user, req })
  return Response.json({ doc: { id: doc.id, stage: doc.stage, history: doc.history } })
}

/** POST /api/articles/:id/move {to, note}: one move of the workflow, with the note it is filed with. */
export const moveEndpoint: Endpoint = {
  path: '/:id/move',
  method: 'post',
  handler: async (req) => {
    const { to, note } = await bodyOf(req)
    if (!isStage(to) || to === 'published') {
      throw refusal(req, 400, 'اختر مرحلة معروفة؛ النشر بزر النشر', 'Choose a known stage; publishing has its own button')
    }
    return moveArticle(req, { stage: to, transitionNote: typeof note === 'string' ? note.slice(0, 2000) : null })
  },
}

/** POST /api/articles/:id/undo-move {note?}: the person takes back the move they made in the last minutes. */
export const undoMoveEndpoint: Endpoint = {
  path: '/:id/undo-move',
  method: 'post',
  handler: async (req) => {
    const { note } = await bodyOf(req)
    req.context.undoLastMove = true
    return moveArticle(req, { transitionNote: typeof note === 'string' ? note.slice(0, 2000) : null })
  },
}

/**
 * GET /api/articles/:id/gate — what the edit view shows: how many claims, how many still hold the article back
 * (and why), and where the detector stands on the text as it is now. Whoever may read the article may read
 * its claims (a writer their own work's), so the same people see this.
 */
export const gateEndpoint: Endpoint = {
  path: '/:id/gate',
  method: 'get',
  handler: async (req) => {
    const article = await visibleArticle(req)
    const { blocking, total, passages } = await claimsOf(req, article.id)
    const detection = await detectionBlocker(req, article.id, article.body, passages)
    return Response.json({
      claims: total,
      unresolved: blocking.length,
      blocking,
      detection: detection?.kind ?? 'settled',
      open: detection?.kind === 'open' ? detection.sentences : [],
    })
  },
}
