import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'

import { hasRole } from '@/access/roles'

type ScheduleArgs = Parameters<typeof schedulePublishHandler>[0]

/**
 * The admin's "schedule publish" server function, with the publishing right checked first: Payload's own
 * handler queues (and cancels) scheduled publications for anyone who can open the admin. The job itself
 * still runs as the scheduler, through the workflow gate, so a schedule never outranks the article's stage.
 */
export async function scheduleForPublishers(args: ScheduleArgs) {
  if (!hasRole(args.req.user, 'editor', 'admin')) {
    return { error: 'جدولة النشر من صلاحيات المحررين / Only editors schedule publication.' }
  }
  return schedulePublishHandler(args)
}

export const serverFunctions = { 'schedule-publish': scheduleForPublishers }
