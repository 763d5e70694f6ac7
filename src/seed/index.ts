import { settleAfterCommitWork } from '@/db/afterCommit'
import type { Payload } from 'payload'

import { lexicalFromText } from '@/lib/lexical'
import { slugify } from '@/lib/slugify'

import { type SeedArticle, seedArticles, seedBios, type SeedPlace, seedPlaces, seedSections, seedTags, type SeedTerm, seedUnpublished, seedUsers } from './content'
import { seedDiouraClaims } from './claims'
import { drawSeedImage } from './images'

/** Documented, local-only default; set SEED_PASSWORD anywhere else. */
export const DEFAULT_SEED_PASSWORD = 'mirsad-demo-2025'

type Ids = Record<string, number>

export type SeedReport = { users: number; sections: number; tags: number; articles: number; created: number }

/**
 * Creates the demo newsroom. Safe to run again: what exists (matched by email or slug) is updated in place,
 * never duplicated. Runs as the system, with revalidation switched off.
 */
type SeedOptions = { password?: string; log?: (line: string) => void }

export async function seed(payload: Payload, options: SeedOptions = {}): Promise<SeedReport> {
  const { password = process.env.SEED_PASSWORD || DEFAULT_SEED_PASSWORD, log = (line) => payload.logger.info(`[seed] ${line}`) } = options
  const context = { disableRevalidate: true }
  let created = 0

  const users: Ids = {}
  for (const user of seedUsers) {
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: user.email } }, limit: 1, context })
    const data = { email: user.email, name: user.name, role: user.role, password, bio: seedBios[user.key]?.ar }
    const doc = docs[0]
      ? await payload.update({ collection: 'users', id: docs[0].id, data, context })
      : await payload.create({ collection: 'users', data, context })
    if (!docs[0]) created++
    users[user.key] = doc.id
    if (seedBios[user.key]) await payload.update({ collection: 'users', id: doc.id, data: { bio: seedBios[user.key].en }, locale: 'en', context })
  }
  log(`${seedUsers.length} users`)

  const upsertTerms = async (collection: 'sections' | 'tags', terms: SeedTerm[]): Promise<Ids> => {
    const ids: Ids = {}
    for (const term of terms) {
      const slug = slugify(term.name.ar)
      const { docs } = await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1, context })
      const arabic = { name: term.name.ar, slug, ...(term.description ? { description: term.description.ar } : {}) }
      const doc = docs[0]
        ? await payload.update({ collection, id: docs[0].id, data: arabic, locale: 'ar', context })
        : await payload.create({ collection, data: arabic, locale: 'ar', context })
      if (!docs[0]) created++
      const english = { name: term.name.en, ...(term.description ? { description: term.description.en } : {}) }
      await payload.update({ collection, id: doc.id, data: english, locale: 'en', context })
      ids[term.key] = doc.id
    }
    return ids
  }
  const sections = await upsertTerms('sections', seedSections)
  const tags = await upsertTerms('tags', seedTags)
  const places = await upsertPlaces(payload, seedPlaces)
  log(`${seedSections.length} sections, ${seedTags.length} tags, ${seedPlaces.length} places`)
  await payload.updateGlobal({ slug: 'settings', data: { digits: 'latn', timeZone: 'Africa/Bamako' }, context })

  const all = [...seedArticles, ...seedUnpublished]
  const articleIds: Record<string, number> = {}
  for (const [index, article] of all.entries()) {
    const { id, isNew } = await upsertArticle(payload, article, index, { users, sections, tags, places })
    articleIds[article.key] = id
    if (isNew) created++
  }
  created += await seedDiouraClaims(payload, articleIds.dioura)
  log('sources and the Dioura report’s claims')
  log(`${seedArticles.length} published articles and ${seedUnpublished.length} in progress`)
  // The search index is written once each save has committed: the seed is done when it is.
  await settleAfterCommitWork()

  return { users: seedUsers.length, sections: seedSections.length, tags: seedTags.length, articles: all.length, created }
}

async function upsertPlaces(payload: Payload, places: SeedPlace[]): Promise<Ids> {
  const context = { disableRevalidate: true }
  const ids: Ids = {}
  for (const place of places) {
    const slug = slugify(place.name.ar)
    const { docs } = await payload.find({ collection: 'places', where: { slug: { equals: slug } }, limit: 1, context })
    const data = {
      name: place.name.ar,
      slug,
      nameFr: place.nameFr,
      aliases: place.aliases.map((alias) => ({ alias })),
      region: place.region.ar,
      country: place.country.ar,
      coordinates: { latitude: place.latitude, longitude: place.longitude },
    }
    const doc = docs[0]
      ? await payload.update({ collection: 'places', id: docs[0].id, data, locale: 'ar', context })
      : await payload.create({ collection: 'places', data, locale: 'ar', context })
    await payload.update({ collection: 'places', id: doc.id, data: { name: place.name.en, region: place.region.en, country: place.country.en }, locale: 'en', context })
    ids[place.key] = doc.id
  }
  return ids
}

async function upsertArticle(
  payload: Payload,
  article: SeedArticle,
  index: number,
  ids: { users: Ids; sections: Ids; tags: Ids; places: Ids },
): Promise<{ id: number; isNew: boolean }> {
  const context = { disableRevalidate: true }
  const slug = slugify(article.title)
  const { docs } = await payload.find({
    collection: 'articles',
    where: { slug: { equals: slug } },
    limit: 1,
    draft: true,
    depth: 0,
    context,
  })
  const existing = docs[0]
  const isDraft = article.stage !== 'published'
  const data = {
    title: article.title,
    slug,
    generateSlug: false,
    dek: article.dek,
    body: lexicalFromText(article.body) as never,
    section: ids.sections[article.section],
    tags: article.tags.map((key) => ids.tags[key]),
    places: (article.places ?? []).map((key) => ids.places[key]),
    authors: article.authors.map((key) => ids.users[key]),
    publishedAt: article.publishedAt,
    heroImage: existing?.heroImage ?? (await createSeedImage(payload, article, index)),
    _status: isDraft ? ('draft' as const) : ('published' as const),
    stage: article.stage,
    createdBy: ids.users[article.authors[0]],
    assignees: { writer: ids.users.writer, factChecker: ids.users.checker, editor: ids.users.editor },
    history: seedHistory(article, ids.users),
    corrections: article.corrections ?? [],
  }
  const id = existing
    ? (await payload.update({ collection: 'articles', id: existing.id, data, locale: 'ar', draft: isDraft, context })).id
    : (await payload.create({ collection: 'articles', data, locale: 'ar', draft: isDraft, context })).id
  if (article.en) {
    const english = { title: article.en.title, dek: article.en.dek, body: lexicalFromText(article.en.body, 'ltr') as never, _status: data._status }
    await payload.update({ collection: 'articles', id, data: english, locale: 'en', draft: isDraft, context })
  }
  return { id, isNew: !existing }
}

const WORKFLOW_PATH = [
  { from: null, to: 'draft', by: 'writer' },
  { from: 'draft', to: 'inEdit', by: 'writer' },
  { from: 'inEdit', to: 'factCheck', by: 'editor' },
  { from: 'factCheck', to: 'approved', by: 'checker' },
  { from: 'approved', to: 'published', by: 'editor' },
] as const

/** The moves a demo article went through to reach its stage, an hour apart, ending at publication. */
function seedHistory(article: SeedArticle, users: Ids) {
  const steps = WORKFLOW_PATH.slice(0, WORKFLOW_PATH.findIndex((step) => step.to === article.stage) + 1)
  const end = new Date(article.publishedAt ?? '2025-05-27T12:00:00.000Z').getTime()
  return steps.map((step, index) => ({
    from: step.from,
    to: step.to,
    by: users[step.by],
    at: new Date(end - (steps.length - 1 - index) * 3_600_000).toISOString(),
  }))
}

async function createSeedImage(payload: Payload, article: SeedArticle, index: number) {
  const data = await drawSeedImage(article.image.palette, index + 1)
  const media = await payload.create({
    collection: 'media',
    data: { alt: article.image.alt, caption: article.image.caption, credit: 'مرصد' },
    file: { data, mimetype: 'image/jpeg', name: `seed-${article.key}.jpg`, size: data.length },
    locale: 'ar',
    context: { disableRevalidate: true },
  })
  return media.id
}

