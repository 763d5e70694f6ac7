import sharp from 'sharp'

/** A 1600×900 abstract landscape (sky, sun, dunes) in three colours, drawn here: no download, no stock photo. */
export async function drawSeedImage([ground, shade, sky]: [string, string, string], seed: number): Promise<Buffer> {
  const sunX = 300 + ((seed * 397) % 1000)
  const ridge = (offset: number, height: number) =>
    Array.from({ length: 9 }, (_, i) => `${i * 200},${height + Math.round(Math.sin(i + seed + offset) * 60)}`).join(' ')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${sky}"/><stop offset="1" stop-color="${ground}" stop-opacity="0.6"/>
    </linearGradient></defs>
    <rect width="1600" height="900" fill="url(#sky)"/>
    <circle cx="${sunX}" cy="230" r="110" fill="#fff4d6" opacity="0.85"/>
    <polygon points="0,900 ${ridge(0, 520)} 1600,900" fill="${ground}"/>
    <polygon points="0,900 ${ridge(2, 650)} 1600,900" fill="${shade}" opacity="0.85"/>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer()
}
