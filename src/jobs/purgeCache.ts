import type { TaskConfig } from 'payload'

import { deliver, type Delivery } from '@/data/revalidate'

/**
 * A revalidation or purge that could not reach an app instance or a cache when the change was saved (see
 * revalidatePaths): tried again, with backoff, until the target answers. Only the targets that failed are in
 * its input, so a cache that is up is never purged twice for one change.
 */
export const purgeCache: TaskConfig<'purgeCache'> = {
  slug: 'purgeCache',
  label: 'Purge the reader caches again',
  inputSchema: [
    { name: 'paths', type: 'json', required: true },
    { name: 'apps', type: 'json', required: true },
    { name: 'caches', type: 'json', required: true },
    { name: 'anyApp', type: 'checkbox' },
  ],
  // 10 s, 20 s, 40 s … : about 2 h 50 min in all, past which the cache's own expiry takes over.
  retries: { attempts: 10, backoff: { type: 'exponential', delay: 10_000 } },
  handler: async ({ input, req }) => {
    const left = await deliver(req, input as Delivery)
    if (left.length) {
      const targets = left.flatMap((delivery) => [...delivery.apps, ...delivery.caches]).join(', ')
      throw new Error(`تعذّر الوصول إلى ${targets}؛ ستُعاد المحاولة / still unreachable: ${targets}; will retry`)
    }
    return { output: {} }
  },
}
