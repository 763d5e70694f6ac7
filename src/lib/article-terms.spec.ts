import { describe, expect, it } from 'vitest'

import { placesAndTags } from './article-terms'

const term = (name: string, slug = name) => ({ name, slug })

describe('placesAndTags', () => {
  it('should list a place once, and drop a tag that names one of the places', () => {
    const { places, tags } = placesAndTags([term('جورا'), term('موبتي'), term('جورا')], [term('مالي'), term('موبتي'), term('الجماعات المسلحة')])
    expect(places.map((place) => place.name)).toEqual(['جورا', 'موبتي'])
    expect(tags.map((tag) => tag.name)).toEqual(['مالي', 'الجماعات المسلحة'])
  })

  it('should count spellings that differ in hamza, tashkeel or case as one name', () => {
    const { places, tags } = placesAndTags([term('Mopti', 'mopti'), term('أزواد')], [term('MOPTI', 'mopti-tag'), term('ازواد'), term('كيدال')])
    expect(tags.map((tag) => tag.name)).toEqual(['كيدال'])
    expect(places).toHaveLength(2)
  })

  it('should keep a tag whose slug happens to equal a place’s slug but names something else', () => {
    expect(placesAndTags([term('جورا', 'x')], [term('مالي', 'x')]).tags).toHaveLength(1)
  })
})
