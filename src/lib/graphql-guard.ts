import { type ASTVisitor, type DocumentNode, type FragmentDefinitionNode, GraphQLError, Kind, parse, type SelectionSetNode, type ValidationContext } from 'graphql'

/**
 * A GraphQL validation rule refusing operations nested deeper than `max` fields (fragments followed, a
 * fragment cycle counted once): deep relationship chains are how one request makes the server do unbounded work.
 */
export function depthLimit(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>()
    for (const definition of context.getDocument().definitions) {
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
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, new Set())
        if (depth > max) {
          context.reportError(new GraphQLError(`الاستعلام أعمق من المسموح (${depth} > ${max}) / The query is nested too deeply (${depth} > ${max})`, { nodes: [node] }))
        }
      },
    }
  }
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

/**
 * Why a GraphQL request must be refused before Payload sees it, or null. Payload's complexity rule follows
 * fragments without guarding against cycles and overflows the stack (a 500): a cycle is refused here first.
 * Unparseable queries are left to Payload, which answers them with a proper syntax error.
 */
export function refuseGraphQLQuery(query: unknown): string | null {
  if (typeof query !== 'string') return null
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: 5000 })
  } catch {
    return null
  }
  if (document.definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'subscription')) {
    return 'لا اشتراكات في هذه الواجهة / This API has no subscriptions'
  }
  const cycle = fragmentCycle(document)
  return cycle ? `الجزء «${cycle}» يستدعي نفسه / Fragment "${cycle}" spreads itself` : null
}
