import type { PayloadRequest } from 'payload'

import { samePassage, textFingerprint } from '@/lib/claims/fingerprint'
import { textFromLexical } from '@/lib/lexical'
import type { ClaimDetection } from '@/payload-types'

// The detector's runs as the server keeps them (see index.ts): written on behalf of the person who ran the
// detector or dismissed a proposal, who has already been checked by the endpoint.

const system = { overrideAccess: true, depth: 0 } as const

export async function detectionOf(req: PayloadRequest, articleId: number | string): Promise<ClaimDetection | null> {
  const { docs } = await req.payload.find({ collection: 'claim-detections', where: { article: { equals: articleId } }, limit: 1, req, ...system })
  return docs[0] ?? null
}

/** Records a run on `body` that left `open` proposals for the desk to accept or dismiss. */
export async function recordDetection(req: PayloadRequest, articleId: number, body: unknown, open: string[]): Promise<void> {
  const data = {
    textHash: textFingerprint(textFromLexical(body)),
    ranAt: new Date().toISOString(),
    ranBy: (req.user?.id as number | undefined) ?? null,
    open: open.map((sentence) => ({ sentence })),
  }
  const existing = await detectionOf(req, articleId)
  if (existing) await req.payload.update({ collection: 'claim-detections', id: existing.id, data, req, ...system })
  else await req.payload.create({ collection: 'claim-detections', data: { article: articleId, ...data, dismissed: [] }, req, ...system })
}

/** Sentences the desk dismissed for this article: never proposed again. */
export const dismissedSentences = (run: ClaimDetection | null) => (run?.dismissed ?? []).map((entry) => entry.sentence)

/** Dismisses one proposal: it leaves the open list and is remembered. */
export async function dismissProposal(req: PayloadRequest, articleId: number, sentence: string): Promise<boolean> {
  const run = await detectionOf(req, articleId)
  if (!run) return false
  const open = (run.open ?? []).filter((entry) => !samePassage(entry.sentence, sentence))
  const dismissed = dismissedSentences(run).some((entry) => samePassage(entry, sentence))
    ? run.dismissed
    : [...(run.dismissed ?? []), { sentence, by: (req.user?.id as number | undefined) ?? null, at: new Date().toISOString() }]
  await req.payload.update({ collection: 'claim-detections', id: run.id, data: { open, dismissed }, req, ...system })
  return true
}

export type DetectionBlocker = { kind: 'notRun' } | { kind: 'stale' } | { kind: 'open'; sentences: string[] }

/**
 * What keeps the detection part of the gate shut for `body`: no run, a run on other words, or proposals that
 * are neither recorded as claims nor dismissed.
 */
export async function detectionBlocker(req: PayloadRequest, articleId: number | string, body: unknown, claimPassages: string[]): Promise<DetectionBlocker | null> {
  const run = await detectionOf(req, articleId)
  if (!run) return { kind: 'notRun' }
  if (run.textHash !== textFingerprint(textFromLexical(body))) return { kind: 'stale' }
  const dismissed = dismissedSentences(run)
  const open = (run.open ?? [])
    .map((entry) => entry.sentence)
    .filter((sentence) => !claimPassages.some((passage) => samePassage(passage, sentence)) && !dismissed.some((entry) => samePassage(entry, sentence)))
  return open.length ? { kind: 'open', sentences: open } : null
}
