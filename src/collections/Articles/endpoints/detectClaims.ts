import { type Endpoint, Forbidden, NotFound } from 'payload'

import { hasRole } from '@/access/roles'
import { detectClaims } from '@/lib/claims'
import { textFromLexical } from '@/lib/lexical'

const KIND: Record<string, string> = { 'territorial control': 'territorialControl', 'historical context': 'historicalContext' }

/**
 * POST /api/articles/:id/detect-claims — the detector's proposals for an article's current text, minus the
 * claims already recorded, each with the registered source its claimant phrase names (if any).
 */
export const detectClaimsEndpoint: Endpoint = {
  path: '/:id/detect-claims',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'factChecker', 'editor', 'admin')) throw new Forbidden(req.t)
    const id = req.routeParams?.id as string
    const article = await req.payload
      .findByID({ collection: 'articles', id, draft: true, depth: 0, locale: 'ar', overrideAccess: false, user: req.user, req })
      .catch(() => null)
    if (!article) throw new NotFound(req.t)

    const text = textFromLexical(article.body)
    const [{ docs: recorded }, { docs: sources }] = await Promise.all([
      req.payload.find({ collection: 'claims', where: { article: { equals: article.id } }, depth: 0, limit: 500, pagination: false, req }),
      req.payload.find({ collection: 'sources', depth: 0, limit: 1000, pagination: false, locale: 'ar', req }),
    ])
    const taken = recorded.map((claim) => claim.anchor?.quote || claim.text)
    const names = (source: (typeof sources)[number]) =>
      [source.name, ...(source.aliases ?? []).map((alias) => alias.alias)].filter((name): name is string => Boolean(name))
    const proposals = detectClaims(text)
      .filter((claim) => !taken.some((quote) => quote && claim.sentence.includes(quote)))
      .map((claim) => {
        const phrase = claim.claimant?.replace(/[«»“”"]/g, '') ?? ''
        const source = phrase ? sources.find((candidate) => names(candidate).some((name) => phrase.includes(name) || name.includes(phrase))) : undefined
        return { ...claim, kind: KIND[claim.kind] ?? claim.kind, sourceId: source?.id ?? null, sourceName: source?.name ?? null }
      })
    return Response.json({ proposals })
  },
}
