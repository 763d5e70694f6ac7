/** The id a relationship holds, whether Payload handed over the document (depth ≥ 1) or only its id. */
export function idOf(value: unknown): number | undefined {
  if (value && typeof value === 'object') return (value as { id?: number }).id
  return value === null || value === undefined ? undefined : (value as number)
}
