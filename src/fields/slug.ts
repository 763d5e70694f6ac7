import { type CollectionSlug, type Field, type PayloadRequest, slugField, type TextFieldSingleValidation } from 'payload'

import { defaultLocale } from '@/i18n/locales'
import { slugify, uniqueSlug } from '@/lib/slugify'

type SlugifyArgs = NonNullable<Parameters<typeof slugField>[0]>

type SlugFieldOptions = {
  collection: CollectionSlug
  /** The field the slug is generated from (its default-locale value). */
  from?: string
}

/**
 * Payload's slug field (generated while the document is young, then stable, editable by hand),
 * with a slugify that keeps Arabic letters and never collides with another document's slug.
 */
export function slugFieldFor({ collection, from = 'title' }: SlugFieldOptions): Field {
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

  const validateSlug: TextFieldSingleValidation = async (value, { req, id }) => {
    // Hand-typed slugs are normalised by the beforeValidate hook below; only collisions remain to refuse.
    if (!value) return true
    if (await isTaken(req, id)(value)) {
      return `المعرّف «${value}» مستخدم في مستند آخر: اختر غيره. / The slug "${value}" is already used by another document: choose another.`
    }
    return true
  }

  return slugField({
    useAsSlug: from,
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
            hooks: { beforeValidate: [({ value }) => (typeof value === 'string' && value ? slugify(value) : value)] },
          } as Field,
        ],
      }
    },
  })
}
