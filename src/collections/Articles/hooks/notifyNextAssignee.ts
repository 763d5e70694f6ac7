import type { CollectionAfterChangeHook, Where } from 'payload'

import { afterCommit } from '@/db/afterCommit'
import { siteURL } from '@/lib/env'
import { nextRecipient, transitionMessage } from '@/lib/workflow/notifications'
import { isStage } from '@/lib/workflow/stages'
import type { Article, User } from '@/payload-types'
import { idOf } from '@/lib/ids'

/**
 * Tells the next person in the workflow that an article has reached them, once the move has committed: a move
 * that rolls back sends nothing, and a slow or failed email never holds up or undoes the move (it is logged).
 */
export const notifyNextAssignee: CollectionAfterChangeHook<Article> = ({ doc, previousDoc, req }) => {
  const moves = doc.history ?? []
  if (!req.user || moves.length <= (previousDoc?.history?.length ?? 0)) return doc
  const move = moves.at(-1)!
  if (!isStage(move.to)) return doc
  const recipient = nextRecipient(move.to)
  if (!recipient) return doc

  const sender = req.user as User
  afterCommit(req, 'workflow email', async (committed) => {
    const assigned = recipient.assignee === 'writer' ? (idOf(doc.assignees?.writer) ?? idOf(doc.createdBy)) : idOf(doc.assignees?.[recipient.assignee])
    const where: Where | null = assigned
      ? { id: { equals: assigned } }
      : recipient.fallbackRoles.length
        ? { role: { in: recipient.fallbackRoles } }
        : null
    if (!where) return
    const { docs: people } = await committed.payload.find({ collection: 'users', where, depth: 0, limit: 50, pagination: false, req: committed })
    const to = people.map((person) => person.email).filter((email) => email && email !== sender.email)
    if (!to.length) return
    const base = siteURL()
    const message = transitionMessage({
      title: doc.title,
      from: isStage(move.from) ? move.from : null,
      to: move.to,
      by: sender.name,
      note: move.note,
      link: `${base}/admin/collections/articles/${doc.id}`,
    })
    await committed.payload.sendEmail({ to, ...message })
  })
  return doc
}
