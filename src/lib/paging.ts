/** Articles per page on section, tag, place and author pages. */
export const LIST_PAGE_SIZE = 12

/**
 * The page number from an optional `[[...page]]` segment: none is page 1, a positive integer is that page,
 * anything else is not a page (null: answer 404).
 */
export function pageFromSegments(segments: string[] | undefined): number | null {
  if (!segments?.length) return 1
  if (segments.length > 1 || !/^[1-9]\d{0,4}$/.test(segments[0])) return null
  return Number(segments[0])
}
