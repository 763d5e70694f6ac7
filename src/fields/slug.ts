import { type CollectionSlug, type Field, type FieldAccess, type FieldHook, type PayloadRequest, slugField, type TextFieldSingleValidation } from 'payload'

import { defaultLocale } from '@/i18n/locales'
import { datedSlug, isDatedSlug, slugify, uniqueSlug } from '@/lib/slugify'

type SlugifyArgs = NonNullable<Parameters<typeof slugField>[0]>

type SlugFieldOptions = {
  collection: CollectionSlug
  /** The field the slug is generated from (its default-locale value). */
  from?: string
  /** Who may set the slug by hand (create and update), when narrower than the collection's update access. */
  access?: { create?: FieldAccess; update?: FieldAccess }
}

/**
 * Payload's slug field (generated while the document is young, then stable, editable by hand),
 * with a slugify that keeps Arabic letters, never collides with another document's slug and is never empty.
 */
export function slugFieldFor({ collection, from = 'title', access }: SlugFieldOptions): Field {
  const isTaken = (req: PayloadRequest, id: unknown) => async (candidate: string) => {
    const { totalDocs } = await req.payload.count({
      collection,
      where: { and: [{ slug: { equals: candidate } }, ...(id ? [{ id: { not_equals: id } }] : [])] },
      req,
    })
    return totalDocs > 0
  }

  const arabicSlugify: SlugifyArgs['slugify'] = async ({ data, req, valueToSlugify }) => {
    // Editing another locale's title never renames the article.
    if (req.locale && req.locale !== defaultLocale && data?.slug) return data.slug
    const base = typeof valueToSlugify === 'string' ? slugify(valueToSlugify) : ''
    if (base) return uniqueSlug(base, isTaken(req, data?.id))
    // A title with no letter or digit (emoji, punctuation) still gets an address: its date and a random part,
    // made once and then kept while Payload regenerates the slug on later saves.
    if (typeof data?.slug === 'string' && isDatedSlug(data.slug)) return data.slug
    return uniqueSlug(datedSlug(dateOf(data)), isTaken(req, data?.id))
  }

  const validateSlug: TextFieldSingleValidation = async (value, { data, req, id }) => {
    // Hand-typed slugs are normalised by the beforeValidate hook below; what remains is an empty slug
    // on something readers will see, and collisions.
    if (value !== undefined && value !== null && typeof value !== 'string') return 'المعرّف نص / The slug must be text'
    if (!value) {
      if ((data as { _status?: string })?._status === 'draft') return true
      return 'لا يمكن توليد معرّف من هذا العنوان: اكتب عنوانًا فيه حروف أو أرقام، أو اكتب المعرّف بنفسك. / No slug can be made from this title: use letters or digits in it, or type a slug yourself.'
    }
    if (await isTaken(req, id)(value)) {
      return `المعرّف «${value}» مستخدم في مستند آخر: اختر غيره. / The slug "${value}" is already used by another document: choose another.`
    }
    return true
  }

  // Runs before validation (Payload's own generator runs after it): a typed slug is normalised,
  // an empty one is made from the title so that the checks below see the slug that will be saved.
  const fillSlug: FieldHook = async ({ value, data, req, previousValue, originalDoc }) => {
    // A slug saved before the folding changed (say, with Arabic-Indic digits) keeps its address. A dated slug
    // stands in only until the title gives one: the admin saves a new article before its title is typed.
    const titled = typeof data?.[from] === 'string' && slugify(data[from] as string) !== ''
    const stopGap = typeof value === 'string' && isDatedSlug(value) && titled && originalDoc?._status !== 'published' && (!req.locale || req.locale === defaultLocale)
    if (typeof value === 'string' && value && value === previousValue && !stopGap) return value
    if (stopGap) {
      const withId = { ...originalDoc, ...data, id: data?.id ?? originalDoc?.id }
      return arabicSlugify({ data: { ...withId, slug: undefined }, req, valueToSlugify: data![from] as string })
    }
    // Anything but text (an object, a number) is not a slug: the slug stays as it was.
    if (value !== undefined && value !== null && typeof value !== 'string') return previousValue
    const typed = value ? slugify(value) : ''
    if (typed) return typed
    // Nothing typed, or nothing sluggable in what was typed: the slug comes from the title.
    const source = data?.[from]
    // On update `data` holds only what changed: the document's own id comes from the original, so that its
    // present slug does not count as taken.
    const withId = { ...originalDoc, ...data, id: data?.id ?? originalDoc?.id }
    if (typeof source === 'string' && source) return arabicSlugify({ data: withId, req, valueToSlugify: source })
    return value ? '' : value
  }

  return slugField({
    useAsSlug: from,
    // Filled by the hook; a draft may go without one, the validation below asks it of everything public.
    required: false,
    slugify: arabicSlugify,
    overrides: (row) => {
      const [checkbox, slug] = row.fields
      return {
        ...row,
        fields: [
          {
            ...checkbox,
            label: { ar: 'توليد المعرّف تلقائيًا', en: 'Generate slug automatically' },
            admin: {
              ...checkbox.admin,
              description: {
                ar: 'عند التفعيل يُولَّد المعرّف من العنوان عند الحفظ.',
                en: 'When on, the slug is generated from the title on save.',
              },
            },
          } as Field,
          {
            ...slug,
            label: { ar: 'المعرّف في الرابط', en: 'Slug' },
            validate: validateSlug,
            hooks: { beforeValidate: [fillSlug] },
            ...(access ? { access } : {}),
          } as Field,
        ],
      }
    },
  })
}

/** The day a document's dated slug is made from: its publication, else its creation, else today. */
function dateOf(data: Record<string, unknown> | undefined): Date {
  for (const value of [data?.publishedAt, data?.createdAt]) {
    const date = typeof value === 'string' || value instanceof Date ? new Date(value) : undefined
    if (date && !Number.isNaN(date.getTime())) return date
  }
  return new Date()
}
