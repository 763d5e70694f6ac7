// Claim detection's own time, in this process: generated reporting of 10 KB, 100 KB and 1 MB (UTF-8), and the
// 150,000-character input of issue #13 that was quadratic. Each text is detected once to warm up, then the
// fastest of three runs counts.
import { detectClaims } from '@/lib/claims'

import { generateLongText } from './generator'

export type DetectionRow = { text: string; characters: number; kB: number; claims: number; ms: number; msPerKB: number }

const SIZES = [
  { label: '10 KB of reporting', bytes: 10 * 1024 },
  { label: '100 KB of reporting', bytes: 100 * 1024 },
  { label: '1 MB of reporting', bytes: 1024 * 1024 },
]

/** Generated reports, one after another, cut at the last character that keeps them within `bytes` of UTF-8. */
function reportingOf(bytes: number): string {
  const reports: string[] = []
  let size = 0
  for (let seed = 1; size < bytes; seed++) {
    const report = generateLongText(3000, seed)
    reports.push(report)
    size += Buffer.byteLength(report) + 2
  }
  const text = reports.join('\n\n')
  let end = 0
  for (let used = 0; end < text.length; end++) {
    used += Buffer.byteLength(text[end])
    if (used > bytes) break
  }
  return text.slice(0, end)
}

function measureOne(label: string, text: string): DetectionRow {
  let claims = detectClaims(text).length
  let ms = Number.POSITIVE_INFINITY
  for (let run = 0; run < 3; run++) {
    const started = performance.now()
    claims = detectClaims(text).length
    ms = Math.min(ms, performance.now() - started)
  }
  const kB = Buffer.byteLength(text) / 1024
  return { text: label, characters: text.length, kB, claims, ms, msPerKB: ms / kB }
}

export function measureDetection(): DetectionRow[] {
  return [
    ...SIZES.map(({ label, bytes }) => measureOne(label, reportingOf(bytes))),
    measureOne('one phrase, وصف «, 150,000 characters of it (issue #13)', 'وصف «'.repeat(30_000)),
  ]
}
