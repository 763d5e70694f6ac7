import { type Endpoint, Forbidden, NotFound, type PayloadRequest } from 'payload'

import { hasRole } from '@/access/roles'
import { dismissedSentences, detectionOf, dismissProposal, recordDetection } from '@/collections/ClaimDetections/runs'
import { refusal } from '@/collections/errors'
import { detectClaimsInTurns, mapInTurns } from '@/lib/claims'
import { anyOfPassages } from '@/lib/claims/fingerprint'
import { textFromLexical } from '@/lib/lexical'

const KIND: Record<string, string> = { 'territorial control': 'territorialControl', 'historical context': 'historicalContext' }

/**
 * The longest text detected in one request: about 50,000 words, several times the longest long read. Detection is
 * linear and takes turns (≈ 0.3–0.6 ms per 1,000 characters here); what follows it, one stored row per proposal,
 * blocks while it is written: this bounds both.
 */
export const MAX_DETECTED_CHARACTERS = 300_000

/** The fact-check desk's article (its latest version), read as the person asking. */
async function deskArticle(req: PayloadRequest) {
  if (!hasRole(req.user, 'factChecker', 'editor', 'admin')) throw new Forbidden(req.t)
  const id = req.routeParams?.id as string
  const article = await req.payload
    .findByID({ collection: 'articles', id, draft: true, depth: 0, locale: 'ar', overrideAccess: false, user: req.user, req })
    .catch(() => null)
  if (!article) throw new NotFound(req.t)
  return article
}

/**
 * POST /api/articles/:id/detect-claims — the detector's proposals for an article's current text, minus the
 * claims already recorded and the proposals the desk dismissed, each with the registered source its claimant
 * phrase names (if any). The run is recorded: approval needs one on the text as it stands.
 */
export const detectClaimsEndpoint: Endpoint = {
  path: '/:id/detect-claims',
  method: 'post',
  handler: async (req) => {
    const article = await deskArticle(req)
    const text = textFromLexical(article.body)
    if (text.length > MAX_DETECTED_CHARACTERS) {
      const [length, limit] = [text.length, MAX_DETECTED_CHARACTERS].map((count) => count.toLocaleString('en-US'))
      throw refusal(
        req,
        413,
        `نص المقال أطول من أن تُكتشف ادعاءاته دفعة واحدة (${length} حرف، والحد ${limit}): قسّمه إلى مقالات أقصر ثم أعد المحاولة`,
        `The article is too long to detect its claims at once (${length} characters, the limit is ${limit}): split it into shorter articles, then try again`,
      )
    }
    const [{ docs: recorded }, { docs: sources }, run] = await Promise.all([
      req.payload.find({ collection: 'claims', where: { article: { equals: article.id } }, depth: 0, limit: 500, pagination: false, req }),
      req.payload.find({ collection: 'sources', depth: 0, limit: 1000, pagination: false, locale: 'ar', req }),
      detectionOf(req, article.id),
    ])
    const taken = anyOfPassages([...recorded.map((claim) => claim.anchor?.quote || claim.text), ...dismissedSentences(run)])
    const registry = sources.map((source) => ({
      source,
      names: [source.name, ...(source.aliases ?? []).map((alias) => alias.alias)].filter((name): name is string => Boolean(name)),
    }))
    // Detection and matching take turns with other requests (why not a worker thread: src/lib/claims/turns.ts).
    const detected = await detectClaimsInTurns(text)
    const matched = await mapInTurns(detected, (claim) => {
      if (taken(claim.sentence)) return null
      const phrase = claim.claimant?.replace(/[«»“”"]/g, '') ?? ''
      const source = phrase ? registry.find(({ names }) => names.some((name) => phrase.includes(name) || name.includes(phrase)))?.source : undefined
      return { ...claim, kind: KIND[claim.kind] ?? claim.kind, sourceId: source?.id ?? null, sourceName: source?.name ?? null }
    })
    const proposals = matched.filter((proposal) => proposal !== null)
    await recordDetection(req, article.id, article.body, proposals.map((proposal) => proposal.sentence))
    return Response.json({ proposals })
  },
}

/** POST /api/articles/:id/dismiss-proposal {sentence} — the desk sets a proposal aside; it is not proposed again. */
export const dismissProposalEndpoint: Endpoint = {
  path: '/:id/dismiss-proposal',
  method: 'post',
  handler: async (req) => {
    const article = await deskArticle(req)
    const body = (await req.json?.().catch(() => null)) as { sentence?: unknown } | null
    const sentence = typeof body?.sentence === 'string' ? body.sentence.trim() : ''
    if (!sentence || sentence.length > 5000) {
      throw refusal(req, 400, 'اذكر الجملة المقترحة التي تستبعدها', 'Name the proposed sentence you are dismissing')
    }
    if (!(await dismissProposal(req, article.id, sentence))) {
      throw refusal(req, 409, 'شغّل «اكتشاف الادعاءات» أولًا', 'Run "Detect claims" first')
    }
    return Response.json({ dismissed: sentence })
  },
}
