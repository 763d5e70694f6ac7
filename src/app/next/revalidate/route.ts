import { revalidate, verifySignature } from '@/data/revalidate'

/** Revalidation asked for by work running outside a request (see revalidatePaths); signed with the app secret. */
export async function POST(request: Request) {
  const body = (await request.json().catch(() => null)) as { paths?: unknown } | null
  const paths = Array.isArray(body?.paths) ? body.paths.filter((path): path is string => typeof path === 'string' && (path.startsWith('/') || path.startsWith('layout:/'))) : []
  if (!paths.length || paths.length !== (body?.paths as unknown[]).length || !verifySignature(paths, request.headers.get('x-mirsad-signature'))) {
    return Response.json({ error: 'طلب غير صالح / invalid request' }, { status: 400 })
  }
  for (const path of paths) revalidate(path)
  return Response.json({ revalidated: paths.length })
}
