import type { CollectionBeforeOperationHook, Where } from 'payload'

type Condition = Record<string, unknown>

/**
 * Pickers and list searches look a place or a source up by its title alone (Payload's relationship field asks
 * `<title> like …`). A newsroom types whichever name it knows — «Dioura», «ديورا», an alias — so a `like` or
 * `contains` on the title also looks in the other names.
 */
export function findByOtherNames(title: string, others: string[]): CollectionBeforeOperationHook {
  const widen = (where: Where): Where => {
    const out: Where = {}
    for (const [key, value] of Object.entries(where)) {
      if ((key === 'and' || key === 'or') && Array.isArray(value)) {
        out[key] = value.map((inner) => widen(inner as Where))
        continue
      }
      const condition = value as Condition | undefined
      const operator = condition && typeof condition === 'object' ? (['like', 'contains'] as const).find((name) => typeof condition[name] === 'string') : undefined
      if (key !== title || !operator) {
        out[key] = value as Where[string]
        continue
      }
      const term = condition![operator] as string
      out.and = [...((out.and as Where[] | undefined) ?? []), { or: [title, ...others].map((field) => ({ [field]: { [operator]: term } })) }]
    }
    return out
  }
  return ({ args, operation }) => {
    const where = (args as { where?: Where }).where
    if (operation !== 'read' || !where) return args
    return { ...args, where: widen(where) }
  }
}
