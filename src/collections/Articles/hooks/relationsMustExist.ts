import type { CollectionBeforeValidateHook, PayloadRequest } from 'payload'

import { fieldError } from '@/collections/errors'
import { isDocumentId } from '@/collections/guards'
import type { Article } from '@/payload-types'

// Payload checks relationships only when it validates, and it does not validate drafts: a draft naming a
// section that does not exist reached the database and failed there (a 500). Checked here on every save.
const RELATIONS = { section: 'sections', tags: 'tags', places: 'places', authors: 'users', heroImage: 'media' } as const

async function missing(req: PayloadRequest, collection: (typeof RELATIONS)[keyof typeof RELATIONS], value: unknown): Promise<boolean> {
  if (value === undefined || value === null) return false
  const values = (Array.isArray(value) ? value : [value]).map((item) => (typeof item === 'object' && item !== null && 'id' in item ? (item as { id: unknown }).id : item))
  if (!values.every((id) => isDocumentId(req, id))) return true
  if (!values.length) return false
  const { totalDocs } = await req.payload.count({ collection, where: { id: { in: values as (string | number)[] } }, overrideAccess: true, req })
  return totalDocs !== new Set(values.map(String)).size
}

export const relationsMustExist: CollectionBeforeValidateHook<Article> = async ({ data, req }) => {
  if (!data) return data
  const errors: { path: string; message: string }[] = []
  for (const [field, collection] of Object.entries(RELATIONS) as [keyof typeof RELATIONS, (typeof RELATIONS)[keyof typeof RELATIONS]][]) {
    if (field in data && (await missing(req, collection, data[field]))) {
      errors.push({ path: field, message: 'يشير إلى مستند غير موجود / Refers to a document that does not exist' })
    }
  }
  if (errors.length) fieldError(req, 'articles', errors, errors.map((entry) => `${entry.path}: ${entry.message}`).join('; '))
  return data
}
