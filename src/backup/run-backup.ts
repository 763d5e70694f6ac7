import path from 'node:path'

import config from '@payload-config'
import { getPayload } from 'payload'

import { createBackup } from './index'

// npm run backup [-- <folder>]: writes backups/<date-time>/ (or the folder given).
try {
  const payload = await getPayload({ config })
  const dir = path.resolve(process.argv[2] || path.join('backups', new Date().toISOString().replace(/[:.]/g, '-')))
  const report = await createBackup(payload, dir, (line) => console.log(`[backup] ${line}`))
  console.log(`[backup] done: ${dir} (${Object.values(report.collections).reduce((a, b) => a + b, 0)} documents, ${report.versions} versions, ${report.files} files)`)
} catch (error) {
  console.error('[backup] فشل النسخ الاحتياطي / backup failed:', error)
  process.exit(1)
}
