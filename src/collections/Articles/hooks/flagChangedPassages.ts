import type { CollectionAfterChangeHook } from 'payload'

import { defaultLocale } from '@/i18n/locales'
import { foldedWords } from '@/lib/claims/fingerprint'
import { markedPassages } from '@/lib/lexical'
import type { Article } from '@/payload-types'

/**
 * A claim was checked on the words it marks. When a save changes those words, the claim is flagged «أعد
 * التحقق» (it holds the gate until the desk unticks it) and its quoted passage follows the new words. In the
 * save's own transaction: the flag and the new text stand or fall together.
 */
export const flagChangedPassages: CollectionAfterChangeHook<Article> = async ({ doc, previousDoc, req }) => {
  if ((req.locale ?? defaultLocale) !== defaultLocale || !doc.body) return doc
  const now = markedPassages(doc.body)
  const before = markedPassages(previousDoc?.body)
  const changed = [...now].filter(([id, words]) => before.has(id) && foldedWords(before.get(id)) !== foldedWords(words))
  if (!changed.length) return doc
  const ids = changed.map(([id]) => Number(id)).filter(Number.isSafeInteger)
  const { docs: claims } = await req.payload.find({ collection: 'claims', where: { and: [{ id: { in: ids } }, { article: { equals: doc.id } }] }, depth: 0, limit: ids.length, pagination: false, overrideAccess: true, req })
  for (const claim of claims) {
    const words = now.get(String(claim.id))!
    if (foldedWords(claim.anchor?.quote) === foldedWords(words)) continue
    req.context.flaggingChangedPassages = true
    try {
      await req.payload.update({ collection: 'claims', id: claim.id, data: { needsRecheck: true, anchor: { ...claim.anchor, quote: words } }, depth: 0, overrideAccess: true, req })
    } finally {
      req.context.flaggingChangedPassages = false
    }
  }
  return doc
}
