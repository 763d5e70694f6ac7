import path from 'node:path'

import config from '@payload-config'
import { getPayload } from 'payload'

import { restoreBackup } from './index'

// npm run restore -- <folder> [export]: puts a backup made by `npm run backup` back (all or nothing for the
// database): from its SQLite snapshot, or from its portable export (always on MongoDB, or when asked). A word, not
// a --flag: `payload run` passes scripts their plain arguments only.
const [dir, source] = process.argv.slice(2)
const fromExport = source === 'export'
if (!dir || (source !== undefined && !fromExport)) {
  console.error('[restore] اذكر مجلد النسخة: npm run restore -- backups/<…> [export] / Name the backup folder: npm run restore -- backups/<…> [export]')
  process.exit(1)
}
try {
  const payload = await getPayload({ config })
  const report = await restoreBackup(payload, path.resolve(dir), (line) => console.log(`[restore] ${line}`), { fromExport })
  console.log(`[restore] done from the ${report.from}: ${report.rows} ${report.from === 'snapshot' ? 'rows' : 'documents and versions'}, ${report.files} files`)
} catch (error) {
  console.error('[restore] فشلت الاستعادة، ولم يتغير شيء في قاعدة البيانات / restore failed; the database is unchanged:', error)
  process.exit(1)
}
