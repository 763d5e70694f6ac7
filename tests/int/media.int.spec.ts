import fs from 'node:fs'
import path from 'node:path'

import { REST_GET, REST_POST } from '@payloadcms/next/routes'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MAX_UPLOAD_BYTES } from '@/collections/Media'

import { initTestPayload, type TestPayload } from './helpers/payload'

let t: TestPayload
const png = () =>
  sharp({ create: { width: 1200, height: 800, channels: 3, background: '#c98b4a' } })
    .png()
    .toBuffer()

beforeAll(async () => {
  t = await initTestPayload()
})

afterAll(async () => {
  await t?.cleanup()
})

async function adminToken(email: string) {
  await t.payload.create({
    collection: 'users',
    data: { email, password: 'a-long-test-password', name: 'مدير', role: 'admin' },
  })
  const { token } = await t.payload.login({ collection: 'users', data: { email, password: 'a-long-test-password' } })
  return token
}

const upload = (data: Buffer, name: string, mimetype: string, fields: Record<string, unknown> = { alt: 'صورة' }) =>
  t.payload.create({ collection: 'media', data: fields as never, file: { data, name, mimetype, size: data.length } })

describe('media uploads', () => {
  it('should accept a raster image and make the WebP sizes with sharp', async () => {
    const media = await upload(await png(), 'camp.png', 'image/png', { alt: 'معسكر', caption: 'تعليق', credit: 'مرصد' })
    expect(media.mimeType).toBe('image/webp')
    expect(media.sizes?.thumbnail?.width).toBe(400)
    expect(media.sizes?.card?.width).toBe(800)
    expect(media.credit).toBe('مرصد')
    expect(fs.existsSync(path.join(process.env.MEDIA_DIR!, media.sizes!.card!.filename!))).toBe(true)
  })

  it('should require alt text', async () => {
    await expect(upload(await png(), 'no-alt.png', 'image/png', {})).rejects.toThrow()
  })

  it('should refuse SVG, even when it claims to be a PNG', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>')
    await expect(upload(svg, 'x.svg', 'image/svg+xml')).rejects.toThrow()
    await expect(upload(svg, 'x.png', 'image/png')).rejects.toThrow()
  })

  it('should refuse files that are not images', async () => {
    await expect(upload(Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'), 'doc.pdf', 'application/pdf')).rejects.toThrow()
    await expect(upload(Buffer.from('hello'), 'note.txt', 'text/plain')).rejects.toThrow()
  })

  it('should refuse an upload over the size limit through the REST API', async () => {
    const { default: config } = await import('@payload-config')
    const token = await adminToken('media-admin@mirsad.test')
    const form = new FormData()
    const tooBig = new Uint8Array(MAX_UPLOAD_BYTES + 1024)
    form.append('file', new Blob([tooBig], { type: 'image/png' }), 'huge.png')
    form.append('_payload', JSON.stringify({ alt: 'كبيرة' }))
    const response = await REST_POST(config)(
      new Request('http://localhost/api/media', { method: 'POST', body: form, headers: { authorization: `JWT ${token}` } }),
      { params: Promise.resolve({ slug: ['media'] }) },
    )
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    const { totalDocs } = await t.payload.count({ collection: 'media', where: { alt: { equals: 'كبيرة' } } })
    expect(totalDocs).toBe(0)
  })

  it('should not fetch images from a URL (upload-by-URL is off)', async () => {
    const { default: config } = await import('@payload-config')
    const token = await adminToken('paste-admin@mirsad.test')
    const response = await REST_GET(config)(
      new Request('http://localhost/api/media/paste-url?src=http%3A%2F%2F127.0.0.1%3A9%2Fx.png', {
        headers: { authorization: `JWT ${token}` },
      }),
      { params: Promise.resolve({ slug: ['media', 'paste-url'] }) },
    )
    expect(response.status).toBe(400)
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/not enabled/)
  })
})
