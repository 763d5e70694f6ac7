import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

// Where uploaded pictures live: an S3-compatible bucket when S3_BUCKET is set (every app instance sees the same
// files), the media folder on disk otherwise (MEDIA_DIR: a shared folder, NFS or similar, for several instances).

export type S3Settings = {
  bucket: string
  prefix?: string
  endpoint?: string
  region: string
  forcePathStyle: boolean
  credentials?: { accessKeyId: string; secretAccessKey: string }
}

const STORED_COLLECTIONS = ['media'] as const

function flag(value: string | undefined, fallback: boolean): boolean {
  const text = value?.trim().toLowerCase()
  if (!text) return fallback
  return ['1', 'true', 'yes', 'on'].includes(text)
}

/** The bucket settings from S3_*, or null when uploads stay on disk. */
export function s3Settings(env: NodeJS.ProcessEnv = process.env): S3Settings | null {
  const bucket = env.S3_BUCKET?.trim()
  if (!bucket) return null
  const endpoint = env.S3_ENDPOINT?.trim() || undefined
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim()
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim()
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new Error(
      'S3_ACCESS_KEY_ID وS3_SECRET_ACCESS_KEY يُضبطان معًا أو يُتركان معًا (فتُقرأ صلاحيات الخادم من بيئته). / Set S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY together, or neither (the AWS SDK then finds credentials itself).',
    )
  }
  const prefix = env.S3_PREFIX?.trim().replace(/^\/+|\/+$/g, '') || undefined
  return {
    bucket,
    prefix,
    endpoint,
    region: env.S3_REGION?.trim() || 'us-east-1',
    // Self-hosted S3 servers (MinIO, Ceph, Garage…) mostly answer at endpoint/bucket, not bucket.endpoint.
    forcePathStyle: flag(env.S3_FORCE_PATH_STYLE, Boolean(endpoint)),
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
  }
}

/** Payload's S3 storage for the media collection, switched on by S3_BUCKET. */
export function mediaStorage(settings: S3Settings | null = s3Settings()): Plugin {
  return s3Storage({
    enabled: Boolean(settings),
    // The same columns (`prefix`, `_objectKey`) on disk or in a bucket: one schema, one set of migrations.
    alwaysInsertFields: true,
    bucket: settings?.bucket ?? '',
    collections: Object.fromEntries(
      STORED_COLLECTIONS.map((slug) => [
        slug,
        {
          prefix: settings?.prefix,
          // Files are streamed by Payload's file route, after the collection's read access (publicFrom) is checked.
          disablePayloadAccessControl: false,
          // No presigned redirects: a signed URL stays valid for anyone holding it after a picture turns private again.
          signedDownloads: false,
        },
      ]),
    ),
    // Uploads go through the server (no clientUploads): the pixel limit and metadata stripping run on every file.
    config: {
      region: settings?.region,
      endpoint: settings?.endpoint,
      forcePathStyle: settings?.forcePathStyle,
      credentials: settings?.credentials,
      // S3-compatible servers older than the SDK's default checksums (s3rver, some others) store their framing in the file.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    },
  })
}
