import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { restoreSnapshot, snapshotDatabase } from '@/db/backup'

// A backup is a folder: the database snapshot (SQLite), a portable JSON export of every collection, its
// versions and the globals (readable with MongoDB too), and the uploaded files.

const VERSIONED = ['articles'] as const

export type BackupReport = { dir: string; collections: Record<string, number>; versions: number; files: number }

function mediaDir() {
  return path.resolve(process.env.MEDIA_DIR || 'data/media')
}

function copyDir(from: string, to: string): number {
  if (!fs.existsSync(from)) return 0
  fs.mkdirSync(to, { recursive: true })
  let files = 0
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name)
    const target = path.join(to, entry.name)
    if (entry.isDirectory()) files += copyDir(source, target)
    else {
      fs.copyFileSync(source, target)
      files++
    }
  }
  return files
}

export async function createBackup(payload: Payload, dir: string, log: (line: string) => void = () => {}): Promise<BackupReport> {
  fs.mkdirSync(dir, { recursive: true })
  if (payload.db.name === 'sqlite') {
    await snapshotDatabase(payload, path.join(dir, 'mirsad.db'))
    log('database snapshot written')
  }
  const collections: Record<string, number> = {}
  const exported: Record<string, unknown> = {}
  for (const collection of payload.config.collections.map((entry) => entry.slug)) {
    if (collection.startsWith('payload-')) continue
    const { docs } = await payload.find({ collection, locale: 'all', depth: 0, limit: 0, pagination: false, overrideAccess: true, showHiddenFields: true, sort: 'id' })
    exported[collection] = docs
    collections[collection] = docs.length
    log(`${collection}: ${docs.length}`)
  }
  let versions = 0
  const exportedVersions: Record<string, unknown> = {}
  for (const collection of VERSIONED) {
    const { docs } = await payload.findVersions({ collection, locale: 'all', depth: 0, limit: 0, pagination: false, overrideAccess: true, sort: 'createdAt' })
    exportedVersions[collection] = docs
    versions += docs.length
  }
  const globals = Object.fromEntries(
    await Promise.all(payload.config.globals.map(async (global) => [global.slug, await payload.findGlobal({ slug: global.slug, locale: 'all', depth: 0, overrideAccess: true })])),
  )
  fs.writeFileSync(path.join(dir, 'export.json'), JSON.stringify({ format: 'mirsad-export-1', createdAt: new Date().toISOString(), collections: exported, versions: exportedVersions, globals }))
  log(`export.json: ${versions} versions`)
  const files = copyDir(mediaDir(), path.join(dir, 'media'))
  log(`${files} uploaded files`)
  return { dir, collections, versions, files }
}

/** Puts a backup back: the database snapshot (SQLite) in one transaction, then the uploaded files. */
export async function restoreBackup(payload: Payload, dir: string, log: (line: string) => void = () => {}) {
  const { tables, rows } = await restoreSnapshot(payload, path.join(dir, 'mirsad.db'))
  log(`${tables} tables, ${rows} rows restored`)
  const files = copyDir(path.join(dir, 'media'), mediaDir())
  log(`${files} uploaded files restored`)
  return { tables, rows, files }
}
