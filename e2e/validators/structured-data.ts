import jsonld from 'jsonld'

import { SCHEMA_ORG, SCHEMA_ORG_CONTEXT } from './schema-org-context'

// Every JSON-LD block of a page, expanded by the jsonld package as a consumer of the data would, offline.

const SCHEMA_ORG_CONTEXT_URLS = new Set([
  'https://schema.org',
  'https://schema.org/',
  'http://schema.org',
  'http://schema.org/',
  'https://schema.org/docs/jsonldcontext.jsonld',
  'https://schema.org/docs/jsonldcontext.json',
])

/** Serves schema.org's context from the local copy; any other address would be a download at test time. */
async function documentLoader(url: string) {
  if (SCHEMA_ORG_CONTEXT_URLS.has(url)) return { contextUrl: undefined, documentUrl: url, document: SCHEMA_ORG_CONTEXT }
  throw new Error(`JSON-LD asks for ${url}: only schema.org's context is served (no download at test time)`)
}

type Node = Record<string, unknown>

const W3C_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/

/** Walks an expanded document: every node object, and every typed value. */
function walk(value: unknown, visit: (node: Node) => void) {
  if (Array.isArray(value)) return value.forEach((item) => walk(item, visit))
  if (!value || typeof value !== 'object') return
  visit(value as Node)
  for (const [key, child] of Object.entries(value as Node)) if (key !== '@value') walk(child, visit)
}

export type StructuredData = {
  blocks: number
  /** The blocks as the page wrote them (compact), for the checks of what a page type should say. */
  documents: unknown[]
  /** schema.org types found after expansion, short names ("NewsArticle"), with repeats. */
  types: string[]
  problems: string[]
}

/** Parses and expands every JSON-LD block in safe mode; a block that drops a term or holds a relative address is a problem. */
export async function expandBlocks(blocks: string[]): Promise<StructuredData> {
  const result: StructuredData = { blocks: blocks.length, documents: [], types: [], problems: [] }
  for (const [index, text] of blocks.entries()) {
    const label = `JSON-LD block ${index + 1}`
    let document: unknown
    try {
      document = JSON.parse(text)
    } catch (error) {
      result.problems.push(`${label}: not JSON (${(error as Error).message})`)
      continue
    }
    result.documents.push(document)
    let expanded: unknown[]
    try {
      expanded = await jsonld.expand(document as jsonld.JsonLdDocument, { documentLoader, safe: true, base: null } as unknown as jsonld.Options.Expand)
    } catch (error) {
      const details = (error as { details?: { event?: { message?: string; details?: unknown } } }).details
      const event = details?.event ? `: ${details.event.message} ${JSON.stringify(details.event.details)}` : ''
      result.problems.push(`${label}: jsonld.expand refused it: ${(error as Error).message}${event}`)
      continue
    }
    if (expanded.length === 0) result.problems.push(`${label}: expands to nothing`)
    walk(expanded, (node) => {
      for (const type of [node['@type']].flat()) {
        if (typeof type !== 'string') continue
        if (node['@value'] !== undefined) {
          if (type === `${SCHEMA_ORG}Date` && !W3C_DATE.test(String(node['@value']))) {
            result.problems.push(`${label}: ${JSON.stringify(node['@value'])} is not an ISO 8601 date`)
          }
          continue
        }
        if (!type.startsWith(SCHEMA_ORG)) result.problems.push(`${label}: type ${type} is not schema.org's`)
        result.types.push(type.slice(SCHEMA_ORG.length))
      }
      const id = node['@id']
      if (typeof id === 'string' && !/^https?:\/\//.test(id) && !id.startsWith('_:')) result.problems.push(`${label}: @id ${id} is not an absolute address`)
    })
  }
  return result
}

/** "NewsArticle ×1, ClaimReview ×5" */
export function typeSummary(types: string[]): string {
  const counts = new Map<string, number>()
  for (const type of types) counts.set(type, (counts.get(type) ?? 0) + 1)
  return [...counts].map(([type, count]) => (count > 1 ? `${type}×${count}` : type)).join(' ')
}

type Compact = Record<string, unknown>

/** The nodes of the page's blocks (top level and @graph), compact as written. */
export function nodesOf(documents: unknown[]): Compact[] {
  const nodes: Compact[] = []
  for (const document of documents) {
    for (const top of [document].flat() as Compact[]) {
      if (Array.isArray(top['@graph'])) nodes.push(...(top['@graph'] as Compact[]))
      else nodes.push(top)
    }
  }
  return nodes
}

export const typesOf = (node: Compact) => [node['@type']].flat().filter((type): type is string => typeof type === 'string')
