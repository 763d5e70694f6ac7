import {
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  parse,
  type SelectionSetNode,
  type ValidationContext,
  valueFromASTUntyped,
  visit,
} from 'graphql'

import { maxPageSize, type Reader, SIZE_REFUSALS } from './rest-guard'

/** How many fields deep an operation goes (fragments followed, a fragment cycle counted once). */
function nestingOf(document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
  }
  const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
    if (!set) return 0
    let deepest = 0
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, seen))
      else if (selection.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, depthOf(selection.selectionSet, seen))
      else if (!seen.has(selection.name.value)) {
        deepest = Math.max(deepest, depthOf(fragments.get(selection.name.value)?.selectionSet, new Set([...seen, selection.name.value])))
      }
    }
    return deepest
  }
  return depthOf(operation.selectionSet, new Set())
}

/**
 * A GraphQL validation rule refusing operations nested deeper than `max` fields: deep relationship chains are how
 * one request makes the server do unbounded work.
 */
export function depthLimit(max: number) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const depth = nestingOf(context.getDocument(), node)
      if (depth > max) {
        context.reportError(new GraphQLError(`الاستعلام أعمق من المسموح (${depth} > ${max}) / The query is nested too deeply (${depth} > ${max})`, { nodes: [node] }))
      }
    },
  })
}

// A reader's relationship depth 2 over REST, in GraphQL's terms: `Articles { docs { section { parent { name } } } }`
// is five fields; a join (`claims { docs { … } }`) or a group adds one more. Staff keep the general limit (8).
export const ANONYMOUS_MAX_NESTING = 6

/**
 * Whether a GraphQL request asks for more than `reader` may have, as REST's refuseOversizedRead does: a `limit`
 * outside 1–100 or `pagination: false` on any list or join field, written inline or passed as a variable
 * (defaults included), and for anonymous readers nesting beyond ANONYMOUS_MAX_NESTING. Null when within, or
 * when the document does not parse (refuseGraphQLQuery answers that).
 */
export function refuseOversizedQuery(query: unknown, variables: unknown, reader: Reader): string | null {
  if (reader === 'admin' || typeof query !== 'string') return null
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: MAX_DOCUMENT_TOKENS })
  } catch {
    return null
  }
  const given = variables && typeof variables === 'object' && !Array.isArray(variables) ? (variables as Record<string, unknown>) : {}
  let refusal: string | null = null
  for (const operation of document.definitions) {
    if (operation.kind !== Kind.OPERATION_DEFINITION) continue
    if (reader === 'anonymous' && nestingOf(document, operation) > ANONYMOUS_MAX_NESTING) {
      return `الاستعلام أعمق مما يُسمح للقارئ (${ANONYMOUS_MAX_NESTING} حقول) / Readers' queries may nest ${ANONYMOUS_MAX_NESTING} fields deep at most`
    }
    const defaults = Object.fromEntries((operation.variableDefinitions ?? []).flatMap((definition) => (definition.defaultValue ? [[definition.variable.name.value, valueFromASTUntyped(definition.defaultValue)]] : [])))
    const values = { ...defaults, ...given }
    // Fragments are read with every operation's variables: whichever one runs, its lists stay within bounds.
    visit(document, {
      Argument(node) {
        const value: unknown = valueFromASTUntyped(node.value, values)
        if (node.name.value === 'pagination' && value === false) {
          refusal ??= SIZE_REFUSALS.unpaged(maxPageSize(reader))
        }
        if (node.name.value === 'limit' && typeof value === 'number' && !(value >= 1 && value <= maxPageSize(reader))) {
          refusal ??= SIZE_REFUSALS.pageSize(maxPageSize(reader))
        }
      },
    })
  }
  return refusal
}

/** The name of a fragment that spreads itself, directly or through others, if the document has one. */
export function fragmentCycle(document: DocumentNode): string | null {
  const spreads = new Map<string, string[]>()
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.FRAGMENT_DEFINITION) continue
    const names: string[] = []
    const collect = (set: SelectionSetNode | undefined) =>
      set?.selections.forEach((selection) => {
        if (selection.kind === Kind.FRAGMENT_SPREAD) names.push(selection.name.value)
        else collect(selection.selectionSet)
      })
    collect(definition.selectionSet)
    spreads.set(definition.name.value, names)
  }
  const state = new Map<string, 'visiting' | 'done'>()
  const visit = (name: string): string | null => {
    if (state.get(name) === 'visiting') return name
    if (state.get(name) === 'done') return null
    state.set(name, 'visiting')
    for (const next of spreads.get(name) ?? []) {
      const cycle = visit(next)
      if (cycle) return cycle
    }
    state.set(name, 'done')
    return null
  }
  for (const name of spreads.keys()) {
    const cycle = visit(name)
    if (cycle) return cycle
  }
  return null
}

// The guard reads at most this much: anything bigger is refused rather than passed on unread, since Payload's own
// rules (complexity, depth) are what a document it cannot read could be built to overflow. Our largest
// legitimate query is a few hundred characters; Payload's complexity limit (500) refuses far fewer tokens anyway.
export const MAX_DOCUMENT_LENGTH = 50_000
export const MAX_DOCUMENT_TOKENS = 5_000

/**
 * Why a GraphQL request must be refused before Payload sees it, or null. Payload's complexity rule follows
 * fragments without guarding against cycles and overflows the stack (a 500): a cycle is refused here first, and
 * so is any document the guard cannot read to the end (too long, too many tokens, not GraphQL).
 */
export function refuseGraphQLQuery(query: unknown): string | null {
  if (typeof query !== 'string') return null
  if (query.length > MAX_DOCUMENT_LENGTH) {
    return `الاستعلام أطول من المسموح (${MAX_DOCUMENT_LENGTH} حرف): قسّمه إلى استعلامات أصغر / The query is too long (over ${MAX_DOCUMENT_LENGTH} characters): split it into smaller ones`
  }
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: MAX_DOCUMENT_TOKENS })
  } catch (error) {
    const { message, locations } = error instanceof GraphQLError ? error : new GraphQLError(String(error))
    if (/contains more tha[nt] \d+ tokens/i.test(message)) {
      return `الاستعلام فيه رموز أكثر من المسموح (${MAX_DOCUMENT_TOKENS}): قسّمه إلى استعلامات أصغر / Too many tokens in the query (over ${MAX_DOCUMENT_TOKENS}): split it into smaller ones`
    }
    const where = locations?.[0] ? ` (${locations[0].line}:${locations[0].column})` : ''
    return `لا يمكن قراءة الاستعلام${where}: صحّح صياغته / The query does not parse${where}: ${message.replace(/^Syntax Error: /, '')}`
  }
  if (document.definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'subscription')) {
    return 'لا اشتراكات في هذه الواجهة / This API has no subscriptions'
  }
  const cycle = fragmentCycle(document)
  return cycle ? `الجزء «${cycle}» يستدعي نفسه / Fragment "${cycle}" spreads itself` : null
}
