import type { DefaultNodeTypes, SerializedAutoLinkNode, SerializedLinkNode } from '@payloadcms/richtext-lexical'
import type { SerializedMarkNode } from '@payloadcms/richtext-lexical/lexical/mark'
import { type JSXConverter, type JSXConvertersFunction, RichText } from '@payloadcms/richtext-lexical/react'
import { getTranslations } from 'next-intl/server'

import type { ClaimView } from '@/data/claims'
import { claimAnchor } from '@/lib/claim-review'
import { BADGE_NODE, badgesAtSentenceEnds } from '@/lib/claims/badges'
import { articlePath, safeHref } from '@/lib/paths'
import type { Article } from '@/payload-types'

// Lexical types the node's `type` as any string; the converters key on the literal.
type ClaimMarkNode = SerializedMarkNode & { type: 'mark' }
type ClaimBadgeNode = { type: typeof BADGE_NODE; ids: string[]; version: 1 }

type Props = { body: Article['body']; locale: string; claims?: ClaimView[] }

/**
 * The Lexical body rendered to HTML on the server: readers need no JavaScript to read. A passage marked as
 * a claim carries its verdict in words, as a link to the claim's entry in «المصادر والتحقق».
 */
export async function ArticleBody({ body, locale, claims = [] }: Props) {
  if (!body) return null
  const t = await getTranslations({ locale, namespace: 'claims' })
  const byId = new Map(claims.map((claim) => [String(claim.id), claim]))

  const hrefOf = (fields: SerializedLinkNode['fields']) => {
    if (fields.linkType !== 'internal') return safeHref(fields.url)
    const doc = fields.doc
    const slug = doc && typeof doc.value === 'object' ? (doc.value as { slug?: unknown }).slug : undefined
    return doc?.relationTo === 'articles' && typeof slug === 'string' ? articlePath(locale, slug) : undefined
  }

  const renderLink: JSXConverter<SerializedLinkNode | SerializedAutoLinkNode> = ({ node, nodesToJSX }) => {
    const newTab = Boolean(node.fields.newTab)
    return (
      <a
        href={hrefOf(node.fields as SerializedLinkNode['fields'])}
        target={newTab ? '_blank' : undefined}
        rel={newTab ? 'noopener noreferrer' : undefined}
      >
        {nodesToJSX({ nodes: node.children })}
      </a>
    )
  }

  // A claim readers cannot see yet (no verdict) leaves its passage as plain text.
  const renderClaim: JSXConverter<ClaimMarkNode> = ({ node, nodesToJSX }) => {
    const children = nodesToJSX({ nodes: node.children })
    const claim = node.ids.map((id) => byId.get(id)).find(Boolean)
    if (!claim) return <>{children}</>
    return (
      <mark className={`claim-mark claim-mark--${claim.verdict}`} id={`claim-ref-${claim.id}`}>
        {children}
      </mark>
    )
  }

  // Each verdict in words, at the end of the sentence its passage sits in (badgesAtSentenceEnds).
  const renderBadges: JSXConverter<ClaimBadgeNode> = ({ node }) => {
    const shown = [...new Set(node.ids)].map((id) => byId.get(id)).filter((claim): claim is ClaimView => Boolean(claim))
    return (
      <>
        {shown.map((claim) => (
          <a key={claim.id} className={`claim-badge verdict--${claim.verdict}`} href={`#${claimAnchor(claim.id)}`}>
            <span className="visually-hidden">{t('badge')}: </span>
            {claim.verdictLabel}
            {claim.partyToConflict && claim.verdict === 'attributed' ? ` · ${t('partyShort')}` : null}
          </a>
        ))}
      </>
    )
  }

  const converters: JSXConvertersFunction<DefaultNodeTypes | ClaimMarkNode | ClaimBadgeNode> = ({ defaultConverters }) => ({
    ...defaultConverters,
    link: renderLink,
    autolink: renderLink,
    mark: renderClaim,
    [BADGE_NODE]: renderBadges,
  })

  // The body takes its direction from its own text: an Arabic body reads right to left even on /en.
  return (
    <div dir="auto">
      <RichText data={badgesAtSentenceEnds(body)} converters={converters} className="article__body" />
    </div>
  )
}
