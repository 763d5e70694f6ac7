// Arabic-aware slugs: Payload's default slugify drops every non-ASCII letter, which empties Arabic titles.

const TASHKEEL_AND_TATWEEL = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g
const INVISIBLES = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu

export const MAX_SLUG_LENGTH = 80

export function slugify(text: string): string {
  const slug = text
    .normalize('NFC')
    .replace(INVISIBLES, '')
    .replace(TASHKEEL_AND_TATWEEL, '')
    .toLowerCase()
    .replace(NOT_LETTER_OR_DIGIT, '-')
    .replace(/^-+|-+$/g, '')
  return trimToLength(slug, MAX_SLUG_LENGTH)
}

function trimToLength(slug: string, max: number): string {
  if (slug.length <= max) return slug
  const cut = slug.slice(0, max)
  const lastDash = cut.lastIndexOf('-')
  return (lastDash > max / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/, '')
}

/** `slug`, then `slug-2`, `slug-3`, … until `isTaken` says no. */
export async function uniqueSlug(base: string, isTaken: (candidate: string) => Promise<boolean>): Promise<string> {
  let candidate = base
  for (let n = 2; await isTaken(candidate); n++) candidate = `${base}-${n}`
  return candidate
}
