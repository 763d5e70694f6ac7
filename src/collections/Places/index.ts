import { reindexPlaceArticles } from '@/collections/SearchEntries/hooks'

import { findByOtherNames } from '../findByOtherNames'
import { taxonomyCollection } from '../taxonomy'

/**
 * The gazetteer: places articles report from, with their names in Arabic, English and French and the
 * spellings readers search by (جورا / Dioura / Diora), so a search for any of them finds the place's articles.
 */
export const Places = taxonomyCollection({
  slug: 'places',
  labels: {
    singular: { ar: 'مكان', en: 'Place' },
    plural: { ar: 'الأماكن', en: 'Places' },
  },
  hooks: { afterChange: [reindexPlaceArticles], beforeOperation: [findByOtherNames('name', ['nameFr', 'aliases.alias'])] },
  fields: [
    { name: 'nameFr', type: 'text', label: { ar: 'الاسم بالفرنسية', en: 'Name in French' } },
    {
      name: 'aliases',
      type: 'array',
      label: { ar: 'أسماء أخرى وتهجئات', en: 'Other names and spellings' },
      labels: { singular: { ar: 'اسم', en: 'Name' }, plural: { ar: 'أسماء', en: 'Names' } },
      fields: [{ name: 'alias', type: 'text', required: true, label: { ar: 'الاسم', en: 'Name' } }],
    },
    {
      type: 'row',
      fields: [
        { name: 'region', type: 'text', localized: true, label: { ar: 'الإقليم أو المنطقة', en: 'Region' } },
        { name: 'country', type: 'text', localized: true, label: { ar: 'البلد', en: 'Country' } },
      ],
    },
    {
      name: 'coordinates',
      type: 'group',
      label: { ar: 'الإحداثيات', en: 'Coordinates' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'latitude', type: 'number', min: -90, max: 90, label: { ar: 'خط العرض', en: 'Latitude' } },
            { name: 'longitude', type: 'number', min: -180, max: 180, label: { ar: 'خط الطول', en: 'Longitude' } },
          ],
        },
      ],
    },
  ],
})
