import fs from 'node:fs/promises'

import type { CollectionBeforeOperationHook } from 'payload'
import type { Sharp } from 'sharp'

import { refusal } from '@/collections/errors'

import { fileInput, incomingFile } from '../images/incoming'
import { boundedSharp, readImageHeader } from '../images/limits'

// A stringer's photo says where it was taken (EXIF and XMP GPS, IPTC city), with what camera and when. Payload
// drops metadata from what it re-encodes, but stores the uploaded bytes as they came in one case (a crop the
// size of the whole picture) and crops without applying the EXIF orientation. So the upload itself is
// re-encoded first, turned as it is shown and with no metadata, in its own format: every file made from it,
// the original and each size, starts from clean pixels.

type Encoder = (image: Sharp) => Sharp

// Near-lossless, since Payload encodes the stored files from this once more; speed over size, as it is not kept.
const ENCODERS: Record<string, { mimeType: string; encode: Encoder }> = {
  jpeg: { mimeType: 'image/jpeg', encode: (image) => image.jpeg({ quality: 95 }) },
  png: { mimeType: 'image/png', encode: (image) => image.png({ compressionLevel: 2 }) },
  webp: { mimeType: 'image/webp', encode: (image) => image.webp({ quality: 95, effort: 1 }) },
  av1: { mimeType: 'image/avif', encode: (image) => image.avif({ quality: 90, effort: 1 }) },
}

const accepts = (allowed: string[] | undefined, mimeType: string) =>
  !allowed?.length || allowed.some((type) => type === mimeType || (type.endsWith('/*') && mimeType.startsWith(type.slice(0, -1))))

/** Every uploaded picture loses its EXIF, XMP and IPTC before Payload makes the stored files from it. */
export const stripImageMetadata: CollectionBeforeOperationHook = async (hookArguments) => {
  const { args, collection, req } = hookArguments
  const file = await incomingFile(hookArguments)
  const input = file && fileInput(file)
  const header = input && (await readImageHeader(input))
  if (!file || !input || !header) return args

  // AVIF is HEIF with AV1 inside; HEIC (HEVC inside) is not accepted, and must not become an AVIF here.
  const encoder = ENCODERS[header.format === 'heif' ? header.compression ?? '' : header.format]
  // A type the collection refuses is left as it came, for Payload's own check to refuse.
  if (!encoder || !accepts(collection.upload ? collection.upload.mimeTypes : undefined, encoder.mimeType)) return args

  let clean: Buffer
  try {
    clean = await encoder.encode(boundedSharp(input, { animated: header.frames > 1 }).autoOrient()).toBuffer()
  } catch {
    throw refusal(
      req,
      400,
      'تعذّرت قراءة الصورة، وقد تكون تالفة أو مقطوعة: احفظها من جديد ثم ارفعها',
      'The picture could not be read; it may be damaged or cut short: save it again and upload it',
    )
  }
  if (file.tempFilePath) await fs.writeFile(file.tempFilePath, clean)
  req.file = { ...file, data: file.tempFilePath ? file.data : clean, size: clean.length }
  return args
}
