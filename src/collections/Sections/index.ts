import { taxonomyCollection } from '../taxonomy'

export const Sections = taxonomyCollection({
  slug: 'sections',
  labels: {
    singular: { ar: 'قسم', en: 'Section' },
    plural: { ar: 'الأقسام', en: 'Sections' },
  },
  fields: [
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: { ar: 'الوصف', en: 'Description' },
    },
  ],
})
