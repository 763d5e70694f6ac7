// Speed of the pipeline on one megabyte of news copy with PDF glyph forms, tashkeel, digits and Latin:
// `npx vitest bench src/lib/arabic --run`; each operation is one megabyte, so hz reads as MB per second.

import { bench, describe } from 'vitest'

import { analyze } from './analyze'
import { normalizeArabic, normalizeWithMap } from './normalize'

const sentence = 'قالَ مسؤولٌ في ﻭﺯﺍﺭﺓ الدفاع إن ٤٠ مسلحًا قُتلوا في هجوم على معسكر جورا، Dióra MOPTI. '
const megabyte = sentence.repeat(Math.ceil(1_000_000 / sentence.length)).slice(0, 1_000_000)

describe('one megabyte', () => {
  bench('normalizeArabic', () => {
    normalizeArabic(megabyte)
  })
  bench('normalizeWithMap', () => {
    normalizeWithMap(megabyte)
  })
  bench('analyze (normal form, stems, offsets)', () => {
    analyze(megabyte)
  })
})
