import { getTranslations } from 'next-intl/server'

import type { ClaimView } from '@/data/claims'
import { claimAnchor } from '@/lib/claim-review'

/**
 * «المصادر والتحقق»: each claim with its verdict in words (never colour alone), claimant, evidence and replies.
 * Every value staff typed sits in <bdi>: an Arabic name or quote on /en (or a Latin one on /ar) keeps its own
 * direction, so its brackets and full stop stay where its writer put them.
 */
type Props = { claims: ClaimView[]; locale: string; markedIds?: string[] }

export async function SourcesPanel({ claims, locale, markedIds = [] }: Props) {
  if (!claims.length) return null
  const t = await getTranslations({ locale, namespace: 'claims' })
  return (
    <section className="sources-panel" id="sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading">{t('title')}</h2>
      <p className="sources-panel__intro">{t('intro')}</p>
      <ol className="claims">
        {claims.map((claim) => (
          <li key={claim.id} id={claimAnchor(claim.id)} className="claim" tabIndex={-1}>
            <p className="claim__head">
              <span className={`verdict verdict--${claim.verdict}`}>
                <span className="visually-hidden">{t('verdict')}: </span>
                {claim.verdictLabel}
              </span>
              <q dir="auto">{claim.text}</q>
            </p>
            <p className="claim__who">
              <strong>{claim.claimant ? t('claimant') : t('unnamed')}</strong>
              {claim.claimant || claim.unnamedDescription ? (
                <>
                  : <bdi>{claim.claimant ?? claim.unnamedDescription}</bdi>
                </>
              ) : null}
              {claim.channel ? ` — ${t('via')} ${claim.channel}` : null}
            </p>
            {claim.unnamedReason ? (
              <p className="claim__unnamed-why">
                <strong>{t('unnamedWhy')}: </strong>
                <bdi>{claim.unnamedReason}</bdi>
              </p>
            ) : null}
            {claim.partyFigure && claim.verdict === 'attributed' ? <p className="claim__party">{t('party')}</p> : null}
            {claim.rationale ? (
              <p className="claim__rationale">
                <strong>{t('rationale')}: </strong>
                <bdi>{claim.rationale}</bdi>
              </p>
            ) : null}
            {claim.evidence.length ? (
              <div className="claim__evidence">
                <strong>{t('evidence')}:</strong>
                <ul>
                  {claim.evidence.map((item, index) => (
                    <li key={index}>
                      {item.url ? (
                        <a href={item.url} rel="nofollow noopener noreferrer">
                          <bdi>{item.description || item.url}</bdi>
                        </a>
                      ) : (
                        <bdi>{item.description}</bdi>
                      )}
                      {item.archivedUrl ? (
                        <>
                          {' '}
                          (<a href={item.archivedUrl} rel="nofollow noopener noreferrer">{t('archived')}</a>)
                        </>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {markedIds.includes(String(claim.id)) ? (
              <p className="claim__back">
                <a href={`#claim-ref-${claim.id}`}>{t('backToText')}</a>
              </p>
            ) : null}
            {claim.replies.map((reply, index) => (
              <p key={index} className="claim__reply">
                <strong>{t('reply')}: </strong>
                <bdi>{reply.contact}</bdi> — {reply.noAnswer ? `${t('noAnswer')}. ` : ''}
                {reply.answer ? <bdi>{reply.answer}</bdi> : null}
              </p>
            ))}
          </li>
        ))}
      </ol>
    </section>
  )
}
