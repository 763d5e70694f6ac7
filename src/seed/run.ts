import config from '@payload-config'
import { getPayload } from 'payload'

import { seed } from './index'

// Payload's `run` exits as soon as this module settles, before its logger flushes: report on stdout.
try {
  const payload = await getPayload({ config })
  const report = await seed(payload, { log: (line) => console.log(`[seed] ${line}`) })
  console.log(
    `[seed] done: ${report.users} users, ${report.sections} sections, ${report.tags} tags, ${report.articles} articles (${report.created} new)`,
  )
} catch (error) {
  console.error('[seed] فشل إنشاء المحتوى التجريبي / seeding failed:', error)
  process.exit(1)
}
