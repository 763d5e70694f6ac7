import config from '@payload-config'
import { getPayload } from 'payload'

import { lexicalFromText } from '@/lib/lexical'

// A newsroom process that saves one article over and over until it is killed (tests/int/crash-safety.int.spec.ts).
// Save N writes the number N into the article's main row (its notes), its localized row (title and body), its
// relations (N % 2 + 1 tags) and a new version, so a save that stopped halfway would show as a mismatch.
const articleId = Number(process.env.CRASH_ARTICLE_ID)
const tags = (process.env.CRASH_TAG_IDS ?? '').split(',').map(Number)
const payload = await getPayload({ config })
for (let save = Number(process.env.CRASH_FIRST_SAVE ?? 1); ; save++) {
  await payload.update({
    collection: 'articles',
    id: articleId,
    locale: 'ar',
    context: { disableRevalidate: true },
    data: {
      title: `حفظ رقم ${save}`,
      body: lexicalFromText(`${`نص الحفظ ${save}. `.repeat(200)}`) as never,
      factCheckNotes: String(save),
      tags: tags.slice(0, (save % 2) + 1),
    },
  })
  process.stdout.write(`saved ${save}\n`)
}
