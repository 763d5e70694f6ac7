import type { CollectionAfterChangeHook, Where } from 'payload'

import { nextRecipient, transitionMessage } from '@/lib/workflow/notifications'
import { isStage } from '@/lib/workflow/stages'
import type { Article, User } from '@/payload-types'

const idOf = (value: number | User | null | undefined) => (typeof value === 'object' ? value?.id : value)

/**
 * Tells the next person in the workflow that an article has reached them. A failed email is logged,
 * never allowed to undo the move.
 */
export const notifyNextAssignee: CollectionAfterChangeHook<Article> = async ({ doc, previousDoc, req }) => {
  const moves = doc.history ?? []
  if (!req.user || moves.length <= (previousDoc?.history?.length ?? 0)) return doc
  const move = moves.at(-1)!
  if (!isStage(move.to)) return doc
  const recipient = nextRecipient(move.to)
  if (!recipient) return doc

  try {
    const assigned = recipient.assignee === 'writer' ? (idOf(doc.assignees?.writer) ?? idOf(doc.createdBy)) : idOf(doc.assignees?.[recipient.assignee])
    const where: Where | null = assigned
      ? { id: { equals: assigned } }
      : recipient.fallbackRoles.length
        ? { role: { in: recipient.fallbackRoles } }
        : null
    if (!where) return doc
    const { docs: people } = await req.payload.find({ collection: 'users', where, depth: 0, limit: 50, pagination: false, req })
    const to = people.map((person) => person.email).filter((email) => email && email !== req.user?.email)
    if (!to.length) return doc
    const base = process.env.NEXT_PUBLIC_SERVER_URL || ''
    const message = transitionMessage({
      title: doc.title,
      from: isStage(move.from) ? move.from : null,
      to: move.to,
      by: (req.user as User).name,
      note: move.note,
      link: `${base}/admin/collections/articles/${doc.id}`,
    })
    await req.payload.sendEmail({ to, ...message })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `[workflow] notification for article ${doc.id} failed` })
  }
  return doc
}
