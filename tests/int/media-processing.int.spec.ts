import fs from 'node:fs'
import path from 'node:path'

import { REST_POST } from '@payloadcms/next/routes'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '@/payload-types'

import { boundedSharp, MAX_ASPECT_RATIO, MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE } from '@/collections/Media/images/limits'

import { addUser, initTestPayload, type TestPayload, tokenFor } from './helpers/payload'

// What happens to an uploaded picture before it is stored: too many pixels are refused before anything decodes
// them, and nothing of the camera's metadata (where, when, with what) reaches the files readers download.

let t: TestPayload
let token: string

beforeAll(async () => {
  t = await initTestPayload()
  await addUser(t.payload, 'processing-editor@mirsad.test', 'editor')
  token = await tokenFor(t.payload, 'processing-editor@mirsad.test')
})

afterAll(async () => {
  await t?.cleanup()
})

const mediaDir = () => process.env.MEDIA_DIR!
const storedNames = () => (fs.existsSync(mediaDir()) ? fs.readdirSync(mediaDir()).sort() : [])

/** 64 megapixels of one colour: about 200 KB as a PNG, seconds of decoding and resizing. Made once: that takes seconds too. */
let huge: Promise<Buffer> | undefined
const hugePNG = () => (huge ??= sharp({ create: { width: 8000, height: 8000, channels: 3, background: '#c98b4a' } }).png({ compressionLevel: 9 }).toBuffer())

const LATITUDE = '33/1 7/1 30/1'
const CAMERA = 'StringerCam'
const CITY = 'Quneitra'

/** An IPTC record (the city it was taken in) in a Photoshop APP13 segment, put right after the JPEG's start marker. */
function withIPTCCity(jpeg: Buffer, city: string): Buffer {
  const text = Buffer.from(city, 'latin1')
  const dataset = Buffer.concat([Buffer.from([0x1c, 0x02, 0x5a, 0x00, text.length]), text])
  const size = Buffer.alloc(4)
  size.writeUInt32BE(dataset.length)
  const resource = Buffer.concat([Buffer.from('8BIM'), Buffer.from([0x04, 0x04, 0x00, 0x00]), size, dataset, Buffer.alloc(dataset.length % 2)])
  const body = Buffer.concat([Buffer.from('Photoshop 3.0\0', 'latin1'), resource])
  const length = Buffer.alloc(2)
  length.writeUInt16BE(body.length + 2)
  return Buffer.concat([jpeg.subarray(0, 2), Buffer.from([0xff, 0xed]), length, body, jpeg.subarray(2)])
}

/**
 * A stringer's photo as a phone writes it: EXIF with the camera and the GPS position, XMP repeating the
 * position, IPTC naming the city. `orientation` 6 means the 1200×800 pixels are shown turned, 800×1200.
 */
async function photoWithGPS(orientation = 1): Promise<Buffer> {
  const jpeg = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 120, sigma: 40 } } })
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: CAMERA, Model: 'Field 2' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: LATITUDE, GPSLongitudeRef: 'E', GPSLongitude: '35/1 49/1 0/1' },
    })
    .withXmp(
      '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
        '<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="33,7.5N" exif:GPSLongitude="35,49.0E"/>' +
        '</rdf:RDF></x:xmpmeta>',
    )
    .withMetadata({ orientation })
    .toBuffer()
  return withIPTCCity(jpeg, CITY)
}

/** The GPS IFD's pointer tag (0x8825) as the little-endian EXIF sharp writes holds it. */
const GPS_POINTER = Buffer.from([0x25, 0x88])

async function expectNoMetadata(file: Buffer, name: string) {
  const meta = await sharp(file).metadata()
  expect({ name, exif: meta.exif, xmp: meta.xmp, iptc: meta.iptc, orientation: meta.orientation ?? 1 }).toEqual({ name, exif: undefined, xmp: undefined, iptc: undefined, orientation: 1 })
  // Strings long enough not to turn up by chance in compressed pixels.
  for (const trace of ['GPSLatitude', 'Exif\0\0', CAMERA, CITY, 'Photoshop 3.0', 'xmpmeta']) expect(file.includes(trace), `${name} holds «${trace}»`).toBe(false)
}

/** Every file stored for a media document: the original and each size. */
function storedFiles(media: Media): { name: string; file: Buffer }[] {
  const names = [media.filename, ...Object.values(media.sizes ?? {}).map((size) => size?.filename)].filter((name): name is string => Boolean(name))
  return names.map((name) => ({ name, file: fs.readFileSync(path.join(mediaDir(), name)) }))
}

type Sent = { data: Buffer; name: string; type: string; token?: string; cookie?: string; query?: string }

async function postMedia({ data, name, type, token: bearer, cookie, query = '' }: Sent) {
  const { default: config } = await import('@payload-config')
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type }), name)
  form.append('_payload', JSON.stringify({ alt: 'صورة من مراسل' }))
  const headers = new Headers()
  if (bearer) headers.set('authorization', `JWT ${bearer}`)
  if (cookie) headers.set('cookie', cookie)
  const response = await REST_POST(config)(new Request(`http://localhost/api/media${query}`, { method: 'POST', body: form, headers }), {
    params: Promise.resolve({ slug: ['media'] }),
  })
  const body = (await response.json()) as { doc?: Media; errors?: { message: string }[] }
  return { status: response.status, body }
}

const upload = (data: Buffer, name: string, mimetype: string) =>
  t.payload.create({ collection: 'media', data: { alt: 'صورة' }, file: { data, name, mimetype, size: data.length } })

const removeMedia = (media: Media | undefined) => (media ? t.payload.delete({ collection: 'media', id: media.id }) : undefined)

describe('a picture too large to process', () => {
  it('should refuse it through the local API before decoding it, with both languages, and store nothing', async () => {
    const huge = await hugePNG()
    const before = storedNames()
    const { totalDocs } = await t.payload.count({ collection: 'media' })
    const started = performance.now()
    const error = await upload(huge, 'huge.png', 'image/png').then(
      () => null,
      (caught: unknown) => caught as { status?: number; message: string },
    )
    const elapsed = performance.now() - started
    expect(error?.status).toBe(400)
    expect(error?.message).toMatch(/^الصورة .+ \/ The picture .+/)
    expect(error?.message).toContain('8000×8000')
    expect(elapsed).toBeLessThan(1000)
    expect(storedNames()).toEqual(before)
    expect((await t.payload.count({ collection: 'media' })).totalDocs).toBe(totalDocs)
  })

  it('should refuse it through REST with a 400 in the interface language', async () => {
    const huge = await hugePNG()
    const before = storedNames()
    const { totalDocs } = await t.payload.count({ collection: 'media' })

    const started = performance.now()
    const bilingual = await postMedia({ data: huge, name: 'huge.png', type: 'image/png', token })
    expect(performance.now() - started).toBeLessThan(1500)
    expect(bilingual.status).toBe(400)
    expect(bilingual.body.errors?.[0].message).toMatch(/^الصورة .+ \/ The picture .+/)

    const english = await postMedia({ data: huge, name: 'huge.png', type: 'image/png', token, cookie: 'payload-lng=en' })
    expect(english.status).toBe(400)
    expect(english.body.errors?.[0].message).toMatch(/^The picture is 8000×8000 pixels/)
    expect(english.body.errors?.[0].message).not.toMatch(/[\u0600-\u06ff]/)

    const arabic = await postMedia({ data: huge, name: 'huge.png', type: 'image/png', token, cookie: 'payload-lng=ar' })
    expect(arabic.status).toBe(400)
    expect(arabic.body.errors?.[0].message).not.toMatch(/[A-Za-z]{3}/)

    expect(storedNames()).toEqual(before)
    expect((await t.payload.count({ collection: 'media' })).totalDocs).toBe(totalDocs)
  })

  it('should refuse a picture whose long side is over the limit, however few pixels it has', async () => {
    const wide = await sharp({ create: { width: MAX_IMAGE_SIDE + 1, height: 1000, channels: 3, background: '#000' } }).png().toBuffer()
    await expect(upload(wide, 'wide.png', 'image/png')).rejects.toMatchObject({ status: 400, message: expect.stringContaining(`${MAX_IMAGE_SIDE + 1}×1000`) })
  })

  it('should refuse a ribbon of a picture, whose 16:9 sizes would be enlarged to millions of pixels', async () => {
    // 12000×1 pixels and no weight: it took Payload over two minutes to cut its sizes.
    const ribbon = await sharp({ create: { width: 12_000, height: 1, channels: 3, background: '#000' } }).png().toBuffer()
    const started = performance.now()
    const error = await upload(ribbon, 'ribbon.png', 'image/png').then(
      () => null,
      (caught: unknown) => caught as { status?: number; message: string },
    )
    expect(performance.now() - started).toBeLessThan(1000)
    expect(error?.status).toBe(400)
    expect(error?.message).toContain(`more than ${MAX_ASPECT_RATIO} times the shorter`)
  })

  it('should count every frame of an animated WebP, which Payload decodes whole', async () => {
    // Frames differ: an encoder folds identical ones into one.
    const frames = await Promise.all(
      Array.from({ length: 13 }, (_, index) => sharp({ create: { width: 2000, height: 2000, channels: 3, background: { r: index * 19, g: 80, b: 40 } } }).png().toBuffer()),
    )
    const animated = await sharp(frames, { join: { animated: true } }).webp({ effort: 0 }).toBuffer()
    await expect(upload(animated, 'loop.webp', 'image/webp')).rejects.toMatchObject({ status: 400, message: expect.stringContaining('2000×2000 × 13') })
  })

  it('should refuse it as the new file of an existing picture too', async () => {
    const media = await upload(await sharp({ create: { width: 640, height: 360, channels: 3, background: '#446688' } }).png().toBuffer(), 'small.png', 'image/png')
    const huge = await hugePNG()
    await expect(
      t.payload.update({ collection: 'media', id: media.id, data: {}, file: { data: huge, name: 'huge.png', mimetype: 'image/png', size: huge.length } }),
    ).rejects.toMatchObject({ status: 400 })
    expect((await t.payload.findByID({ collection: 'media', id: media.id })).filename).toBe(media.filename)
    await removeMedia(media)
  })

  it('should leave a caller who may not upload to the access rules (403), decoding nothing for them', async () => {
    const response = await postMedia({ data: await hugePNG(), name: 'huge.png', type: 'image/png' })
    expect(response.status).toBe(403)
  })

  it('should keep sharp itself from decoding past the limit, whatever path reaches it', async () => {
    expect(MAX_IMAGE_PIXELS).toBe(50_000_000)
    await expect(boundedSharp(await hugePNG()).toBuffer()).rejects.toThrow(/pixel limit/)
  })
})

describe('the metadata of a stored picture', () => {
  it('should store a GPS-tagged photo with no EXIF, XMP or IPTC in the original or any size, turned as it is shown', async () => {
    const photo = await photoWithGPS(6)
    const sent = await sharp(photo).metadata()
    expect(sent.exif?.includes(GPS_POINTER)).toBe(true)
    expect(sent.iptc).toBeDefined()
    expect(sent.xmp).toBeDefined()

    const media = await upload(photo, 'stringer.jpg', 'image/jpeg')
    expect(media.mimeType).toBe('image/webp')
    // The phone's orientation is applied before the tag goes: a portrait photo stays portrait.
    expect({ width: media.width, height: media.height }).toEqual({ width: 800, height: 1200 })
    const files = storedFiles(media)
    expect(files.length).toBeGreaterThan(1)
    for (const { name, file } of files) await expectNoMetadata(file, name)
    const original = await sharp(files[0].file).metadata()
    expect({ width: original.width, height: original.height }).toEqual({ width: 800, height: 1200 })
    await removeMedia(media)
  })

  it('should strip it through REST too, even when a crop the size of the whole photo keeps its bytes', async () => {
    // Payload stores the uploaded bytes untouched when the crop asked for is the whole image.
    const crop = '?uploadEdits[crop][x]=0&uploadEdits[crop][y]=0&uploadEdits[crop][width]=100&uploadEdits[crop][height]=100&uploadEdits[widthInPixels]=1200&uploadEdits[heightInPixels]=800'
    const { status, body } = await postMedia({ data: await photoWithGPS(), name: 'stringer.jpg', type: 'image/jpeg', token, query: crop })
    expect(status).toBe(201)
    const files = storedFiles(body.doc!)
    expect(files.length).toBeGreaterThan(1)
    for (const { name, file } of files) await expectNoMetadata(file, name)
    await removeMedia(body.doc)
  })

  it('should strip it from the new file of an existing picture', async () => {
    const media = await upload(await sharp({ create: { width: 640, height: 360, channels: 3, background: '#446688' } }).png().toBuffer(), 'small.png', 'image/png')
    const photo = await photoWithGPS()
    const replaced = await t.payload.update({ collection: 'media', id: media.id, data: {}, file: { data: photo, name: 'stringer.jpg', mimetype: 'image/jpeg', size: photo.length } })
    expect(replaced.width).toBe(1200)
    for (const { name, file } of storedFiles(replaced)) await expectNoMetadata(file, name)
    await removeMedia(replaced)
  })

  it('should refuse a photo cut short with a 400 that says so', async () => {
    const photo = await photoWithGPS()
    const cut = photo.subarray(0, Math.floor(photo.length / 2))
    await expect(upload(cut, 'cut.jpg', 'image/jpeg')).rejects.toMatchObject({ status: 400, message: expect.stringContaining('could not be read') })
  })

  it('should strip the metadata of a PNG as well', async () => {
    const png = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#446688' } })
      .png()
      .withExif({ IFD0: { Make: CAMERA }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: LATITUDE } })
      .toBuffer()
    expect((await sharp(png).metadata()).exif?.includes(GPS_POINTER)).toBe(true)
    const media = await upload(png, 'screen.png', 'image/png')
    for (const { name, file } of storedFiles(media)) await expectNoMetadata(file, name)
    await removeMedia(media)
  })
})

describe('an ordinary picture', () => {
  it('should still be stored with its WebP sizes, quickly', async () => {
    const png = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#c98b4a' } }).png().toBuffer()
    const started = performance.now()
    const media = await upload(png, 'camp.png', 'image/png')
    expect(performance.now() - started).toBeLessThan(3000)
    expect(media.mimeType).toBe('image/webp')
    expect({ width: media.width, height: media.height }).toEqual({ width: 1600, height: 900 })
    expect(media.sizes?.thumbnail?.width).toBe(400)
    expect(media.sizes?.card?.width).toBe(800)
    expect(media.sizes?.hero?.width).toBe(1600)
    for (const { file } of storedFiles(media)) expect((await sharp(file).metadata()).format).toBe('webp')
    await removeMedia(media)
  })

  it('should accept a picture right at the limits of side and shape', async () => {
    const panorama = await sharp({ create: { width: MAX_IMAGE_SIDE, height: MAX_IMAGE_SIDE / MAX_ASPECT_RATIO, channels: 3, background: '#223344' } })
      .png()
      .toBuffer()
    const media = await upload(panorama, 'panorama.png', 'image/png')
    expect({ width: media.width, height: media.height }).toEqual({ width: MAX_IMAGE_SIDE, height: MAX_IMAGE_SIDE / MAX_ASPECT_RATIO })
    await removeMedia(media)
  })
})
