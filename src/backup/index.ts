import fs from 'node:fs'
import path from 'node:path'

import { type CollectionSlug, commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { mediaDir } from '@/collections/Media'
import { settleAfterCommitWork } from '@/db/afterCommit'
import { assertReferencesWhole, deferReferenceChecks, restoreSnapshot, snapshotDatabase } from '@/db/backup'
import { s3Settings } from '@/storage'

// A backup is a folder: the database snapshot (SQLite), a portable JSON export of every collection, its
// versions and the globals (readable with MongoDB too), and the uploaded files when they are on disk. Files in
// an S3 bucket (src/storage) are the object store's to keep: versioning or replication, not this copy.

const VERSIONED = ['articles'] as const
const EXPORT_FORMAT = 'mirsad-export-1'

type ExportFile = {
  format: string
  collections: Record<string, Record<string, unknown>[]>
  versions: Record<string, (Record<string, unknown> & { parent: number | string; version: Record<string, unknown> })[]>
  globals: Record<string, Record<string, unknown>>
}

export type BackupReport = { dir: string; collections: Record<string, number>; versions: number; files: number }

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
  // The search index of the last saves is written once they commit: the copy waits for it.
  await settleAfterCommitWork()
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
  fs.writeFileSync(path.join(dir, 'export.json'), JSON.stringify({ format: EXPORT_FORMAT, createdAt: new Date().toISOString(), collections: exported, versions: exportedVersions, globals }))
  log(`export.json: ${versions} versions`)
  const bucket = s3Settings()
  const files = bucket ? 0 : copyDir(mediaDir(), path.join(dir, 'media'))
  log(bucket ? `uploaded files are in the bucket ${bucket.bucket}: not copied (keep them with the bucket's versioning or replication)` : `${files} uploaded files`)
  return { dir, collections, versions, files }
}

export type RestoreReport = { from: 'snapshot' | 'export'; rows: number; files: number }

/**
 * Puts a backup back, all or nothing for the database, then the uploaded files: from the SQLite snapshot when
 * the database is SQLite and the backup has one, otherwise (MongoDB, or `fromExport`) from the portable export.
 */
export async function restoreBackup(payload: Payload, dir: string, log: (line: string) => void = () => {}, { fromExport = false } = {}): Promise<RestoreReport> {
  // Work left by earlier saves must not land on top of the restored content.
  await settleAfterCommitWork()
  const snapshot = path.join(dir, 'mirsad.db')
  const useSnapshot = !fromExport && payload.db.name === 'sqlite' && fs.existsSync(snapshot)
  let rows: number
  if (useSnapshot) {
    const restored = await restoreSnapshot(payload, snapshot)
    rows = restored.rows
    log(`${restored.tables} tables, ${rows} rows restored from the snapshot`)
  } else {
    rows = await restoreExport(payload, path.join(dir, 'export.json'))
    log(`${rows} documents and versions restored from export.json`)
  }
  const bucket = s3Settings()
  const files = bucket ? 0 : copyDir(path.join(dir, 'media'), mediaDir())
  log(bucket ? `uploaded files are in the bucket ${bucket.bucket}: not restored from the folder` : `${files} uploaded files restored`)
  return { from: useSnapshot ? 'snapshot' : 'export', rows, files }
}

type FieldLike = { type?: string; relationTo?: string | string[]; fields?: FieldLike[]; tabs?: { fields: FieldLike[] }[]; blocks?: { fields: FieldLike[] }[] }

/** The collections a collection's documents point at (relationships and uploads, at any depth). */
function referencedBy(fields: FieldLike[], into = new Set<string>()): Set<string> {
  for (const field of fields) {
    if ((field.type === 'relationship' || field.type === 'upload') && field.relationTo) {
      for (const target of [field.relationTo].flat()) into.add(target)
    }
    for (const nested of [field.fields, ...(field.tabs ?? []).map((tab) => tab.fields), ...(field.blocks ?? []).map((block) => block.fields)]) {
      if (nested) referencedBy(nested, into)
    }
  }
  return into
}

/** Collections in an order where each comes before those it points at: emptying them in it breaks no reference. */
function referrersFirst(payload: Payload, slugs: CollectionSlug[]): CollectionSlug[] {
  const targets = new Map(slugs.map((slug) => [slug, referencedBy(payload.collections[slug].config.fields as FieldLike[])]))
  const ordered: CollectionSlug[] = []
  const remaining = new Set(slugs)
  while (remaining.size) {
    // Next: one that nothing still remaining points at (a cycle, if any, is broken in the given order).
    const next = [...remaining].find((slug) => ![...remaining].some((other) => other !== slug && targets.get(other)?.has(slug))) ?? [...remaining][0]
    ordered.push(next)
    remaining.delete(next)
  }
  return ordered
}

/**
 * The portable export written back through Payload's database API, on whichever database runs: every
 * collection emptied and refilled with its documents under their own ids, the versions, the globals, in one
 * transaction (references are checked once everything is in).
 */
async function restoreExport(payload: Payload, file: string): Promise<number> {
  if (!fs.existsSync(file)) throw new Error(`لا تصدير في ${file} / No export at ${file}`)
  const exported = JSON.parse(fs.readFileSync(file, 'utf8')) as ExportFile
  if (exported.format !== EXPORT_FORMAT) throw new Error(`صيغة تصدير غير معروفة «${exported.format}» / Unknown export format "${exported.format}"`)
  const req = await createLocalReq({ context: { disableRevalidate: true } }, payload)
  await initTransaction(req)
  try {
    await deferReferenceChecks(payload, req)
    let rows = 0
    for (const collection of referrersFirst(payload, Object.keys(exported.collections) as CollectionSlug[])) {
      if (VERSIONED.includes(collection as never)) await payload.db.deleteVersions({ collection, where: {}, req })
      await payload.db.deleteMany({ collection, where: {}, req })
    }
    for (const [collection, docs] of Object.entries(exported.collections)) {
      for (const doc of docs) await payload.db.create({ collection, data: doc, customID: doc.id as number | string, req, returning: false } as never)
      rows += docs.length
    }
    for (const [collection, versions] of Object.entries(exported.versions) as [CollectionSlug, ExportFile['versions'][string]][]) {
      // Oldest first, so each document's newest version ends up its latest, as when they were saved.
      for (const { parent, version, autosave, createdAt, updatedAt, publishedLocale, snapshot } of [...versions].sort((a, b) => String(a.updatedAt).localeCompare(String(b.updatedAt)))) {
        await payload.db.createVersion({ collectionSlug: collection, parent, versionData: version as never, autosave: Boolean(autosave), createdAt: String(createdAt), updatedAt: String(updatedAt), publishedLocale: publishedLocale as never, snapshot: snapshot as never, req, returning: false })
      }
      rows += versions.length
    }
    for (const [slug, data] of Object.entries(exported.globals)) await payload.db.updateGlobal({ slug, data, req, returning: false } as never)
    await assertReferencesWhole(payload, req)
    await commitTransaction(req)
    return rows
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
