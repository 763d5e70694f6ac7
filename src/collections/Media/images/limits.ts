import type { SharpDependency } from 'payload'
import sharp from 'sharp'

// Decoding costs by the pixel, not by the byte: an 8000×8000 PNG of one colour is 200 KB on the wire and
// 3 to 7 seconds of both cores once Payload decodes it for the original and for each size.
// 50 megapixels holds phones' full-resolution modes (48 MP is 8064×6048, 50 MP 8160×6120) and most cameras.
const DEFAULT_MEGAPIXELS = 50
const DEFAULT_SIDE = 12_000
// The stored original is WebP, which holds at most 16383 pixels a side: past that, encoding fails.
const WEBP_MAX_SIDE = 16_383

function positiveNumber(value: string | undefined, fallback: number): number {
  const parsed = Number(value)
  return value && Number.isFinite(parsed) && parsed > 0 ? parsed : fallback
}

/** The most pixels a picture may have, all frames counted (MEDIA_MAX_MEGAPIXELS, in millions). */
export const MAX_IMAGE_PIXELS = Math.round(positiveNumber(process.env.MEDIA_MAX_MEGAPIXELS, DEFAULT_MEGAPIXELS) * 1_000_000)

/** The longest side a picture may have, in pixels (MEDIA_MAX_IMAGE_SIDE, at most WebP's 16383). */
export const MAX_IMAGE_SIDE = Math.min(Math.floor(positiveNumber(process.env.MEDIA_MAX_IMAGE_SIDE, DEFAULT_SIDE)), WEBP_MAX_SIDE)

// The sizes are cut to 16:9 (thumbnail, card): a ribbon of a picture is enlarged first, so a 12000×1 PNG of no
// weight at all makes a 135,000×450 intermediate for the card and took over two minutes. Panoramas (4:1) and
// long infographics (1:10) stay well inside this.
export const MAX_ASPECT_RATIO = 20

export type ImageHeader = { width: number; height: number; frames: number }

/** What a picture's header says of its size, read without decoding it; null when sharp cannot read it as an image. */
export async function readImageHeader(input: Buffer | string): Promise<(ImageHeader & { format: string; compression?: string }) | null> {
  try {
    // The header read itself needs no limit: it is the decode that the limit is for.
    const { format, compression, width, height, pages } = await sharp(input, { limitInputPixels: false }).metadata()
    if (!format || !width || !height) return null
    // Payload decodes every frame of an animated GIF or WebP; of the other formats, the first picture only.
    const frames = format === 'gif' || format === 'webp' ? Math.max(pages ?? 1, 1) : 1
    return { format, compression, width, height, frames }
  } catch {
    return null
  }
}

/** Which limit a picture breaks, if any: too many pixels or too long a side, or too elongated a shape. */
export function brokenImageLimit({ width, height, frames }: ImageHeader): 'size' | 'shape' | null {
  if (Math.max(width, height) > MAX_IMAGE_SIDE || width * height * frames > MAX_IMAGE_PIXELS) return 'size'
  if (Math.max(width, height) > MAX_ASPECT_RATIO * Math.min(width, height)) return 'shape'
  return null
}

/**
 * sharp as Payload is given it: no decode past the pixel limit, whatever path reaches it (the original, each
 * size, a crop, a stored file re-processed). The hook refuses such uploads with a clear message first; this is
 * the line behind it.
 */
export const boundedSharp: SharpDependency = (input, options) => sharp(input, { ...options, limitInputPixels: MAX_IMAGE_PIXELS })
