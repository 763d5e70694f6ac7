import { createLocalReq, type Payload } from 'payload'

import { scheduleForPublishers } from '@/jobs/schedulePublish'
import type { User } from '@/payload-types'

/** Schedules a publication through the admin's "schedule publish" server function, as `user`. */
export async function schedulePublication(payload: Payload, user: User, articleId: number, date: Date) {
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
  return scheduleForPublishers({
    type: 'publish',
    date,
    doc: { relationTo: 'articles', value: String(articleId) },
    req,
  } as never)
}

export async function scheduledJobsFor(payload: Payload, articleId: number) {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'schedulePublish' } },
    limit: 100,
  })
  return docs.filter((job) => String((job.input as { doc?: { value?: unknown } })?.doc?.value) === String(articleId))
}
