import { Forbidden, type PayloadRequest, ValidationError } from 'payload'

// Refusals carry their reason, Arabic first, as the error's own message: REST, GraphQL and the local
// API then all show why, not only "forbidden" or "this field is invalid".

export function refuse(req: PayloadRequest, ar: string, en: string): never {
  const error = new Forbidden(req.t)
  error.message = `${ar} / ${en}`
  throw error
}

/** Refused fields (400): each message already holds both languages, Arabic first; so does the summary. */
export function fieldError(
  req: PayloadRequest,
  collection: string | undefined,
  errors: { path: string; message: string }[],
  summary = errors.map((entry) => entry.message).join('; '),
): never {
  const error = new ValidationError({ collection, errors }, req.t)
  error.message = summary
  throw error
}

export function invalid(req: PayloadRequest, path: string, ar: string, en: string): never {
  fieldError(req, 'articles', [{ path, message: `${ar} / ${en}` }])
}
