import fs from 'node:fs'

import { detectClaims } from './detect'

// npm run claims -- <file>: the claims in a UTF-8 text file, as JSON, offsets into the file's text.

const file = process.argv[2]
if (!file) {
  console.error('الاستخدام / usage: npm run claims -- <file.txt>')
  process.exit(2)
}
let text: string
try {
  text = fs.readFileSync(file, 'utf8')
} catch {
  console.error(`تعذّرت قراءة الملف «${file}»: تأكد من المسار. / Cannot read "${file}": check the path.`)
  process.exit(2)
}
const claims = detectClaims(text).map(({ sentence, start, end, claimant, kind, numbers, unnamed }) => ({
  sentence,
  start,
  end,
  claimant,
  kind,
  numbers,
  unnamed,
}))
process.stdout.write(`${JSON.stringify(claims, null, 2)}\n`)
