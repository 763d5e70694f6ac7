import type { CollectionBeforeOperationHook } from 'payload'

import { refusal } from '@/collections/errors'

import { fileInput, incomingFile } from '../images/incoming'
import { brokenImageLimit, MAX_ASPECT_RATIO, MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE, readImageHeader } from '../images/limits'

const megapixels = (pixels: number) => `${Math.round(pixels / 100_000) / 10}`

/** A picture too large, or too elongated, to process is refused from its header, before Payload decodes it (400). */
export const refuseOversizedImages: CollectionBeforeOperationHook = async (hookArguments) => {
  const { args, req } = hookArguments
  const file = await incomingFile(hookArguments)
  // What sharp cannot read is left to Payload's own checks (type allowlist, content sniffing), which refuse it.
  const header = file && (await readImageHeader(fileInput(file)))
  const broken = header && brokenImageLimit(header)
  if (!header || !broken) return args

  const { width, height, frames } = header
  const size = `${width}×${height}${frames > 1 ? ` × ${frames}` : ''}`
  if (broken === 'shape') {
    throw refusal(
      req,
      400,
      `الصورة ${size} بكسل: ضلعها الأطول أكثر من ${MAX_ASPECT_RATIO} ضعفًا من الأقصر، فتتضخم نسخها المصغّرة عند قصّها: قُصّها إلى شكل أقل استطالة ثم ارفعها من جديد`,
      `The picture is ${size} pixels: its longer side is more than ${MAX_ASPECT_RATIO} times the shorter, which makes its smaller versions enormous to cut: crop it to a less elongated shape and upload it again`,
    )
  }
  const total = megapixels(width * height * frames)
  const limit = megapixels(MAX_IMAGE_PIXELS)
  throw refusal(
    req,
    400,
    `الصورة ${size} بكسل (${total} ميغابكسل)، وأقصى ما يُقبل ${limit} ميغابكسل و${MAX_IMAGE_SIDE} بكسل للضلع الأطول: صغّرها ثم ارفعها من جديد`,
    `The picture is ${size} pixels (${total} megapixels); the most accepted is ${limit} megapixels and ${MAX_IMAGE_SIDE} pixels on the longer side: scale it down and upload it again`,
  )
}
