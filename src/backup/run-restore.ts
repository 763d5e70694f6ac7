import path from 'node:path'

import config from '@payload-config'
import { getPayload } from 'payload'

import { restoreBackup } from './index'

// npm run restore -- <folder>: puts a backup made by `npm run backup` back (all or nothing for the database).
const dir = process.argv[2]
if (!dir) {
  console.error('[restore] اذكر مجلد النسخة: npm run restore -- backups/<…> / Name the backup folder: npm run restore -- backups/<…>')
  process.exit(1)
}
try {
  const payload = await getPayload({ config })
  const report = await restoreBackup(payload, path.resolve(dir), (line) => console.log(`[restore] ${line}`))
  console.log(`[restore] done: ${report.rows} rows, ${report.files} files`)
} catch (error) {
  console.error('[restore] فشلت الاستعادة، ولم يتغير شيء في قاعدة البيانات / restore failed; the database is unchanged:', error)
  process.exit(1)
}
