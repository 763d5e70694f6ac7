import fs from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { settleAfterCommitWork } from '@/db/afterCommit'
import { mailLogFile } from '@/email/logAdapter'
import type { User } from '@/payload-types'

import { addUser, initTestPayload, type TestPayload } from './helpers/payload'

let t: TestPayload
const people = {} as Record<'writer' | 'editor' | 'otherEditor' | 'checker' | 'assignedChecker', User>

/** The mail sent so far, once every committed move has had its email out. */
const sent = async () => {
  await settleAfterCommitWork()
  return fs.existsSync(mailLogFile())
    ? fs.readFileSync(mailLogFile(), 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as { to: string[]; subject: string; text: string })
    : []
}

beforeAll(async () => {
  t = await initTestPayload()
  const account = (email: string, role: User['role']) => addUser(t.payload, email, role)
  await account('admin@mirsad.test', 'admin')
  people.writer = await account('writer@mirsad.test', 'writer')
  people.editor = await account('editor@mirsad.test', 'editor')
  people.otherEditor = await account('editor2@mirsad.test', 'editor')
  people.checker = await account('checker@mirsad.test', 'factChecker')
  people.assignedChecker = await account('checker2@mirsad.test', 'factChecker')
})

afterAll(async () => {
  await t?.cleanup()
})

const move = (user: User, id: number, stage: string, transitionNote?: string) =>
  t.payload.update({ collection: 'articles', id, data: { stage, transitionNote } as never, draft: true, user, overrideAccess: false })

describe('notifications on each move', () => {
  it('should tell the editors a writer submitted, the assigned fact-checker it is theirs, and the writer why it came back', async () => {
    const article = await t.payload.create({
      collection: 'articles',
      data: { title: 'تقرير للإشعارات' },
      draft: true,
      user: people.writer,
      overrideAccess: false,
    })
    await t.payload.update({ collection: 'articles', id: article.id, data: { assignees: { factChecker: people.assignedChecker.id } } })

    await move(people.writer, article.id, 'inEdit')
    expect((await sent()).at(-1)?.to.sort()).toEqual(['editor2@mirsad.test', 'editor@mirsad.test'])
    expect((await sent()).at(-1)?.subject).toContain('قيد التحرير')

    await move(people.editor, article.id, 'factCheck')
    expect((await sent()).at(-1)?.to).toEqual(['checker2@mirsad.test'])

    await move(people.assignedChecker, article.id, 'returned', 'الرقم بلا مصدر')
    const last = (await sent()).at(-1)!
    expect(last.to).toEqual(['writer@mirsad.test'])
    expect(last.text).toContain('الرقم بلا مصدر')
    expect(last.text).toContain(`/admin/collections/articles/${article.id}`)
    expect(await sent()).toHaveLength(3)
  })

  it('should send nothing when an article is saved without moving', async () => {
    const before = (await sent()).length
    const article = await t.payload.create({ collection: 'articles', data: { title: 'بلا نقل' }, draft: true, user: people.writer, overrideAccess: false })
    await t.payload.update({ collection: 'articles', id: article.id, data: { title: 'بلا نقل بعد' }, draft: true, user: people.writer, overrideAccess: false })
    expect((await sent()).length).toBe(before)
  })
})
