import type { CollectionBeforeChangeHook } from 'payload'

/** The first publication stamps the date readers see; a date set by hand is kept. */
export const setPublishedAt: CollectionBeforeChangeHook = ({ data }) => {
  if (data._status === 'published' && !data.publishedAt) {
    return { ...data, publishedAt: new Date().toISOString() }
  }
  return data
}
