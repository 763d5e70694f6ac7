import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { S3 } from '@aws-sdk/client-s3'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '@/payload-types'

// Uploads in an S3-compatible bucket (s3rver on a free port): the picture and every size sharp makes land in
// the bucket, nothing on local disk, and readers still get files only through Payload's file route, under the
// media read rules (a picture nobody publishes is refused to anonymous readers, a published one is served).

type S3rverServer = { run(): Promise<{ port: number }>; close(): Promise<void> }
type S3rverOptions = { port: number; address: string; silent: boolean; directory: string; configureBuckets: { name: string }[] }
// s3rver ships no types; this is the part of its API used here.
const S3rver = createRequire(import.meta.url)('s3rver') as new (options: S3rverOptions) => S3rverServer

const BUCKET = 'mirsad-media-test'
const PREFIX = 'media'
const KEY = 'S3RVER'

let server: S3rverServer
let bucket: S3
let helpers: typeof import('./helpers/payload')
let t: Awaited<ReturnType<typeof helpers.initTestPayload>>
let fileRoute: (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>
let staffToken: string
let counter = 0

const picture = async (alt: string) => {
  // Wide enough for every size, the 1600-pixel hero too (sizes are never enlarged).
  const data = await sharp({ create: { width: 1800, height: 1000, channels: 3, background: '#3b6d8a' } }).png().toBuffer()
  return t.payload.create({ collection: 'media', data: { alt } as never, file: { data, name: `s3-${++counter}.png`, mimetype: 'image/png', size: data.length } })
}

/** The picture's original and its sizes, as stored names. */
const storedNames = (media: Media) => [media.filename, ...Object.values(media.sizes ?? {}).map((size) => size?.filename)].filter((name): name is string => Boolean(name))

const keysInBucket = async () => ((await bucket.listObjectsV2({ Bucket: BUCKET })).Contents ?? []).map((object) => object.Key!).sort()

const objectBytes = async (key: string) => Buffer.from(await (await bucket.getObject({ Bucket: BUCKET, Key: key })).Body!.transformToByteArray())

/** GET on Payload's file route, the way a reader's browser asks for `url`. */
async function fetchFile(url: string, token?: string) {
  const { pathname } = new URL(url, 'http://localhost')
  const response = await fileRoute(new Request(new URL(url, 'http://localhost'), { headers: token ? { authorization: `JWT ${token}` } : {} }), {
    params: Promise.resolve({ slug: pathname.replace(/^\/api\//, '').split('/').map(decodeURIComponent) }),
  })
  return { status: response.status, type: response.headers.get('content-type'), cache: response.headers.get('cache-control'), body: Buffer.from(await response.arrayBuffer()) }
}

beforeAll(async () => {
  const directory = path.join(process.env.MIRSAD_TEST_DIR!, 's3')
  server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory, configureBuckets: [{ name: BUCKET }] })
  const { port } = await server.run()
  // Read by the Payload config when it loads (src/storage): it is imported only after this.
  Object.assign(process.env, {
    S3_BUCKET: BUCKET,
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_REGION: 'us-east-1',
    S3_ACCESS_KEY_ID: KEY,
    S3_SECRET_ACCESS_KEY: KEY,
    S3_PREFIX: PREFIX,
  })
  bucket = new S3({ endpoint: `http://127.0.0.1:${port}`, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: KEY, secretAccessKey: KEY } })
  helpers = await import('./helpers/payload')
  t = await helpers.initTestPayload()
  const config = (await import('@payload-config')).default
  fileRoute = (await import('@payloadcms/next/routes')).REST_GET(config)
  await helpers.addUser(t.payload, 'admin@mirsad.test', 'admin')
  await helpers.addUser(t.payload, 'writer@mirsad.test', 'writer')
  staffToken = await helpers.tokenFor(t.payload, 'writer@mirsad.test')
})

afterAll(async () => {
  await t?.cleanup()
  await server?.close()
})

describe('media on S3-compatible storage', () => {
  it('should put the picture and every size sharp makes in the bucket, and nothing on local disk', async () => {
    const media = await picture('صورة في الحاوية')
    expect(storedNames(media)).toHaveLength(4)
    const keys = await keysInBucket()
    for (const name of storedNames(media)) expect(keys).toContain(`${PREFIX}/${name}`)
    const mediaDir = process.env.MEDIA_DIR!
    expect(fs.existsSync(mediaDir) ? fs.readdirSync(mediaDir) : []).toEqual([])
    // What the database stores for readers is Payload's own file route, never the bucket's address.
    expect(media.url).toMatch(new RegExp(`^/api/media/file/${media.filename}`))
    expect(media.sizes!.card!.url).toMatch(/^\/api\/media\/file\//)
    expect(JSON.stringify(media)).not.toContain(process.env.S3_ENDPOINT!)
  })

  it('should refuse an unpublished picture and its sizes to anonymous readers, and serve them to staff from the bucket', async () => {
    const media = await picture('صورة لم تنشر')
    const urls = [media.url!, media.sizes!.thumbnail!.url!, media.sizes!.hero!.url!]
    for (const url of urls) expect((await fetchFile(url)).status, url).toBe(403)
    const staff = await fetchFile(media.url!, staffToken)
    expect(staff.status).toBe(200)
    expect(staff.body.equals(await objectBytes(`${PREFIX}/${media.filename}`))).toBe(true)
  })

  it('should serve a published article’s picture and its sizes to anonymous readers, with the cache headers', async () => {
    const media = await picture('صورة مقال منشور')
    await t.payload.create({ collection: 'articles', data: { title: `مقال بصورة من الحاوية ${++counter}`, heroImage: media.id, _status: 'published', stage: 'published' } as never })
    for (const [url, name] of [
      [media.url!, media.filename!],
      [media.sizes!.card!.url!, media.sizes!.card!.filename!],
    ]) {
      const file = await fetchFile(url)
      expect(file.status, url).toBe(200)
      expect(file.type).toBe('image/webp')
      expect(file.cache).toBe('public, max-age=31536000, immutable')
      expect(file.body.equals(await objectBytes(`${PREFIX}/${name}`))).toBe(true)
    }
  })

  it('should remove the picture and its sizes from the bucket when the picture is deleted', async () => {
    const media = await picture('صورة تحذف')
    const keys = storedNames(media).map((name) => `${PREFIX}/${name}`)
    for (const key of keys) expect(await keysInBucket()).toContain(key)
    await t.payload.delete({ collection: 'media', id: media.id })
    const left = await keysInBucket()
    for (const key of keys) expect(left).not.toContain(key)
  })

  it('should leave the bucket’s files out of a backup and say so', async () => {
    const { createBackup } = await import('@/backup')
    await picture('صورة وقت النسخ الاحتياطي')
    const lines: string[] = []
    const dir = path.join(process.env.MIRSAD_TEST_DIR!, 'backup')
    const report = await createBackup(t.payload, dir, (line) => lines.push(line))
    expect(report.files).toBe(0)
    expect(fs.existsSync(path.join(dir, 'media'))).toBe(false)
    expect(lines.join('\n')).toContain(`bucket ${BUCKET}`)
    expect(report.collections.media).toBeGreaterThan(0)
  })
})
