import config from '@payload-config'
import { getPayload } from 'payload'

import { startProgress } from './progress'
import { reindexAllArticles } from './reindex'

// npm run search:reindex: analyses every article again into the reader search index, with a progress bar.
// Safe while the site runs: one article per transaction, and saves meanwhile reindex themselves as usual.
try {
  const payload = await getPayload({ config })
  let bar: ReturnType<typeof startProgress> | undefined
  const report = await reindexAllArticles(payload, {
    start: (total) => {
      bar = startProgress({ label: '[search:reindex]', total })
    },
    tick: () => bar?.tick(),
  })
  bar?.finish()
  console.log(
    `[search:reindex] done: ${report.indexed} published articles indexed, ${report.removed} others left out, ${report.orphans} entries of deleted articles removed`,
  )
  process.exit(0)
} catch (error) {
  console.error('[search:reindex] فشلت إعادة بناء فهرس البحث؛ أعد تشغيل الأمر، فما أُنجز منها محفوظ / rebuilding the search index failed; run the command again, what was done is kept:', error)
  process.exit(1)
}
