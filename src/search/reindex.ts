import type { Payload, Where } from 'payload'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { indexArticle } from '@/collections/SearchEntries/indexArticle'

// Rebuilding the reader search index from the articles, after the analysis of Arabic changes or to repair it.
// Each article is one short transaction, as an editor's save is: the site keeps answering (readers see each
// entry before or after, never half-written) and editors' saves wait at most one article's worth.

/** Articles read per page of ids. */
const PAGE = 200

export type ReindexReport = { articles: number; indexed: number; removed: number; orphans: number }

/** Brings the search entry of every article in line with its published version; drops entries of articles gone. */
export async function reindexAllArticles(payload: Payload, progress: { start: (total: number) => void; tick: () => void } = { start: () => {}, tick: () => {} }): Promise<ReindexReport> {
  const system = { overrideAccess: true, depth: 0, pagination: false } as const
  const { totalDocs } = await payload.count({ collection: 'articles', overrideAccess: true })
  progress.start(totalDocs)
  const report: ReindexReport = { articles: 0, indexed: 0, removed: 0, orphans: 0 }
  const seen = new Set<string>()
  // Through ids in ascending order: articles created meanwhile come last, and none is visited twice.
  for (let after: number | string | undefined; ; ) {
    const where: Where = after === undefined ? {} : { id: { greater_than: after } }
    const { docs } = await payload.find({ collection: 'articles', where, sort: 'id', limit: PAGE, select: { _status: true }, ...system })
    if (!docs.length) break
    for (const article of docs) {
      const req = await createLocalReq({ context: { disableRevalidate: true } }, payload)
      await initTransaction(req)
      try {
        await indexArticle(req, article.id)
        await commitTransaction(req)
      } catch (error) {
        await killTransaction(req)
        throw error
      }
      seen.add(String(article.id))
      report.articles++
      if (article._status === 'published') report.indexed++
      else report.removed++
      progress.tick()
    }
    after = docs[docs.length - 1].id
  }
  // Entries whose article no longer exists (deleted without its hooks, or a restore from elsewhere).
  const { docs: entries } = await payload.find({ collection: 'search-entries', select: { article: true }, limit: 0, ...system })
  const orphans = entries.filter((entry) => !seen.has(String(typeof entry.article === 'object' ? entry.article?.id : entry.article)))
  if (orphans.length) {
    await payload.delete({ collection: 'search-entries', where: { id: { in: orphans.map((entry) => entry.id) } }, overrideAccess: true })
    report.orphans = orphans.length
  }
  return report
}
