import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { chooseDatabase, DEFAULT_SQLITE_URL, UnsupportedDatabaseURIError } from '@/db'

describe('database choice by DATABASE_URI', () => {
  it('should use the embedded SQLite file ./data/mirsad.db when DATABASE_URI is unset or empty', () => {
    for (const uri of [undefined, '', '   ']) {
      expect(chooseDatabase(uri)).toEqual({
        kind: 'sqlite',
        url: `file:${path.resolve('data/mirsad.db')}`,
        filePath: path.resolve('data/mirsad.db'),
      })
    }
    expect(DEFAULT_SQLITE_URL).toBe('file:./data/mirsad.db')
  })

  it('should use SQLite for file: URIs, relative or absolute', () => {
    expect(chooseDatabase('file:./tmp/x.db')).toMatchObject({ kind: 'sqlite', filePath: path.resolve('tmp/x.db') })
    expect(chooseDatabase('file:/var/lib/mirsad/news.db')).toMatchObject({ kind: 'sqlite', filePath: '/var/lib/mirsad/news.db' })
  })

  it('should use MongoDB for mongodb:// and mongodb+srv:// URIs', () => {
    expect(chooseDatabase('mongodb://db.internal:27017/mirsad')).toEqual({ kind: 'mongodb', url: 'mongodb://db.internal:27017/mirsad' })
    expect(chooseDatabase('mongodb+srv://u:p@cluster.example/mirsad')).toMatchObject({ kind: 'mongodb' })
  })

  it('should stop with a bilingual message naming the accepted schemes for anything else', () => {
    for (const uri of ['postgres://localhost/mirsad', 'mysql://x', 'sqlite.db', 'http://example.org']) {
      expect(() => chooseDatabase(uri)).toThrow(UnsupportedDatabaseURIError)
      try {
        chooseDatabase(uri)
      } catch (error) {
        const message = (error as Error).message
        expect(message).toContain('file:')
        expect(message).toContain('mongodb://')
        expect(message).toContain('mongodb+srv://')
        expect(message).toMatch(/غير مدعوم/)
        expect(message).toMatch(/unsupported/)
      }
    }
  })
})
