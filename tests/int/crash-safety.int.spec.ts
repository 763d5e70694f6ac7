import { spawn } from 'node:child_process'
import path from 'node:path'

import { sql } from '@payloadcms/db-sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalFromText, textFromLexical } from '@/lib/lexical'

import { initTestPayload, type TestPayload } from './helpers/payload'

// A server killed (SIGKILL) in the middle of its saves: the database it leaves is whole, and the article is
// exactly one of its saves, never half of one.

let t: TestPayload
let articleId: number
let tagIds: number[]

beforeAll(async () => {
  t = await initTestPayload()
  tagIds = []
  for (const name of ['وسم أول', 'وسم ثان']) tagIds.push((await t.payload.create({ collection: 'tags', data: { name }, locale: 'ar' })).id)
  const article = await t.payload.create({ collection: 'articles', locale: 'ar', context: { disableRevalidate: true }, data: { title: 'حفظ رقم 0', body: lexicalFromText('نص الحفظ 0.') as never, factCheckNotes: '0', tags: [tagIds[0]] } as never })
  articleId = article.id
})

afterAll(async () => {
  await t?.cleanup()
})

/** Starts the busy writer and kills it without warning once it has made `saves` saves and is inside another. */
function killMidSave(firstSave: number, saves: number, extraMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=production', '--no-deprecation', '--import', 'tsx', path.resolve('tests/int/helpers/busy-writer.ts')], {
      env: { ...process.env, CRASH_ARTICLE_ID: String(articleId), CRASH_TAG_IDS: tagIds.join(','), CRASH_FIRST_SAVE: String(firstSave) },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let last = firstSave - 1
    let errors = ''
    child.stderr.on('data', (chunk) => (errors += chunk))
    child.stdout.on('data', (chunk: Buffer) => {
      for (const match of chunk.toString().matchAll(/saved (\d+)/g)) last = Number(match[1])
      if (last >= firstSave + saves - 1 && !child.killed) setTimeout(() => child.kill('SIGKILL'), extraMs)
    })
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(last) : reject(new Error(`the writer stopped by itself (${code}): ${errors.slice(-2000)}`))))
  })
}

type Raw = { all: <T>(query: ReturnType<typeof sql.raw>) => Promise<T[]> }
const raw = () => (t.payload.db as unknown as { drizzle: Raw }).drizzle

/** The save number each part of the stored article says it comes from. */
function saveNumbers(doc: { title?: string | null; body?: unknown; factCheckNotes?: string | null; tags?: unknown[] | null }) {
  return {
    title: Number(doc.title?.match(/\d+/)?.[0]),
    body: Number(textFromLexical(doc.body as never).match(/\d+/)?.[0]),
    notes: Number(doc.factCheckNotes),
    tagParity: ((doc.tags?.length ?? 0) - 1) % 2,
  }
}

describe('a server killed in the middle of saves', () => {
  it('should restart on a whole database holding one complete save, again and again', async () => {
    let next = 1
    for (const extraMs of [0, 7, 23, 41, 60]) {
      const lastReported = await killMidSave(next, 3, extraMs)
      expect((await raw().all<{ integrity_check: string }>(sql.raw('PRAGMA integrity_check')))[0].integrity_check).toBe('ok')
      expect(await raw().all(sql.raw('PRAGMA foreign_key_check'))).toEqual([])

      const doc = await t.payload.findByID({ collection: 'articles', id: articleId, locale: 'ar', depth: 0 })
      const numbers = saveNumbers(doc)
      // Every part from the same save: the last one reported, or the one the kill interrupted had committed.
      expect([lastReported, lastReported + 1]).toContain(numbers.title)
      expect(numbers).toEqual({ title: numbers.title, body: numbers.title, notes: numbers.title, tagParity: numbers.title % 2 })
      const { docs: versions } = await t.payload.findVersions({ collection: 'articles', where: { parent: { equals: articleId } }, sort: '-updatedAt', limit: 1, locale: 'ar', depth: 0 })
      expect(saveNumbers(versions[0].version)).toEqual(numbers)
      next = numbers.title + 1
    }
  }, 180_000)
})
