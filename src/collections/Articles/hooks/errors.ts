import { Forbidden, type PayloadRequest, ValidationError } from 'payload'

// Refusals carry their reason, Arabic first, as the error's own message: REST, GraphQL and the local
// API then all show why, not only "forbidden" or "this field is invalid".

export function refuse(req: PayloadRequest, ar: string, en: string): never {
  const error = new Forbidden(req.t)
  error.message = `${ar} / ${en}`
  throw error
}

export function invalid(req: PayloadRequest, path: string, ar: string, en: string): never {
  const message = `${ar} / ${en}`
  const error = new ValidationError({ collection: 'articles', errors: [{ path, message }] }, req.t)
  error.message = message
  throw error
}
