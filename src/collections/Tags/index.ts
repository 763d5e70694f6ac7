import { taxonomyCollection } from '../taxonomy'

export const Tags = taxonomyCollection({
  slug: 'tags',
  labels: {
    singular: { ar: 'وسم', en: 'Tag' },
    plural: { ar: 'الوسوم', en: 'Tags' },
  },
})
