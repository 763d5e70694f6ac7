import { type CollectionSlug, type Field, type FieldAccess, type FieldHook, type PayloadRequest, slugField, type TextFieldSingleValidation } from 'payload'

import { defaultLocale } from '@/i18n/locales'
import { slugify, uniqueSlug } from '@/lib/slugify'

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
 * with a slugify that keeps Arabic letters and never collides with another document's slug.
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
    if (!base) return undefined
    return uniqueSlug(base, isTaken(req, data?.id))
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
  const fillSlug: FieldHook = async ({ value, data, req, previousValue }) => {
    if (typeof value === 'string' && value) return slugify(value)
    // Anything but text (an object, a number) is not a slug: the slug stays as it was.
    if (value !== undefined && value !== null && typeof value !== 'string') return previousValue
    const source = data?.[from]
    return typeof source === 'string' && source ? arabicSlugify({ data: data ?? {}, req, valueToSlugify: source }) : value
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
