// The judged set for search quality: each query with the search topic (scripts/bench/generator.ts) whose reports
// are the relevant ones. Queries are written as a reader would type them, in forms other than the report's
// own where possible: another inflection, another spelling, a word that lies inside longer unrelated words,
// a phrase, and the first letters of a word still being typed (no space after it).

export type JudgedQuery = { query: string; topic: string; kind: 'inflected' | 'spelling' | 'near miss' | 'phrase' | 'typing' }

// A trailing space marks a finished word; without it the last word is also read as a prefix (src/lib/search).
export const judgedQueries: JudgedQuery[] = [
  { query: 'مراقبون ', topic: 'observers', kind: 'inflected' },
  { query: 'المراقبين ', topic: 'observers', kind: 'inflected' },
  { query: 'المراقب ', topic: 'observers', kind: 'inflected' },
  { query: 'للمراقبين ', topic: 'observers', kind: 'inflected' },
  { query: 'مدرعة ', topic: 'armour', kind: 'inflected' },
  { query: 'المدرعات ', topic: 'armour', kind: 'inflected' },
  { query: 'بالمدرعات ', topic: 'armour', kind: 'inflected' },
  { query: 'هوية ', topic: 'identity', kind: 'inflected' },
  { query: 'هويتها ', topic: 'identity', kind: 'inflected' },
  { query: 'الهويات ', topic: 'identity', kind: 'inflected' },
  { query: 'القارئ ', topic: 'reader', kind: 'inflected' },
  { query: 'للقارئ ', topic: 'reader', kind: 'inflected' },
  { query: 'قارئ ', topic: 'reader', kind: 'inflected' },
  { query: 'لاجئين ', topic: 'refugees', kind: 'spelling' },
  { query: 'اللاجئون ', topic: 'refugees', kind: 'spelling' },
  { query: 'لاجئ ', topic: 'refugees', kind: 'inflected' },
  { query: 'الدين ', topic: 'religion', kind: 'near miss' },
  { query: 'دين ', topic: 'religion', kind: 'near miss' },
  { query: 'ديني ', topic: 'religion', kind: 'inflected' },
  { query: 'السلم ', topic: 'peace', kind: 'near miss' },
  { query: 'سلم ', topic: 'peace', kind: 'near miss' },
  { query: '"السلم الأهلي"', topic: 'peace', kind: 'phrase' },
  { query: 'رهينة ', topic: 'hostages', kind: 'inflected' },
  { query: 'الرهائن ', topic: 'hostages', kind: 'inflected' },
  { query: 'رهائن ', topic: 'hostages', kind: 'inflected' },
  { query: 'مسيرة ', topic: 'drones', kind: 'spelling' },
  { query: 'المسيرات ', topic: 'drones', kind: 'inflected' },
  { query: 'مسيّرات ', topic: 'drones', kind: 'inflected' },
  { query: 'المدفعية ', topic: 'artillery', kind: 'spelling' },
  { query: 'مدفعیه ', topic: 'artillery', kind: 'spelling' },
  { query: 'مدفعية ', topic: 'artillery', kind: 'inflected' },
  { query: 'بئر ', topic: 'wells', kind: 'inflected' },
  { query: 'البئر ', topic: 'wells', kind: 'inflected' },
  { query: 'الآبار ', topic: 'wells', kind: 'inflected' },
  { query: 'مأذنة ', topic: 'minaret', kind: 'spelling' },
  { query: 'المئذنة ', topic: 'minaret', kind: 'spelling' },
  { query: 'مئذنه ', topic: 'minaret', kind: 'spelling' },
  { query: 'لقاح ', topic: 'vaccines', kind: 'inflected' },
  { query: 'اللقاحات ', topic: 'vaccines', kind: 'inflected' },
  { query: 'لقاحات ', topic: 'vaccines', kind: 'inflected' },
  { query: 'لقا', topic: 'vaccines', kind: 'typing' },
  { query: 'الجراد ', topic: 'locusts', kind: 'inflected' },
  { query: 'جراد ', topic: 'locusts', kind: 'inflected' },
  { query: 'انتخابات ', topic: 'elections', kind: 'inflected' },
  { query: 'الانتخابات ', topic: 'elections', kind: 'inflected' },
  { query: 'انتخاب ', topic: 'elections', kind: 'inflected' },
  { query: 'للانتخابات ', topic: 'elections', kind: 'inflected' },
  { query: 'انتخا', topic: 'elections', kind: 'typing' },
  { query: 'مدرع', topic: 'armour', kind: 'typing' },
]

/** Words in few, some and many reports, timed beside the judged queries (the HTTP rows ask for the same). */
export const SEARCH_WORDS = ['تمبكتو', 'الزلاقة', 'كمين', 'الهدوء']

/** What readers ask for over and over: the judged queries and the words above, round and round. */
export const REPEATED_QUERIES = [...judgedQueries.map((entry) => entry.query), ...SEARCH_WORDS].map((query) => ({ query, page: 1 }))

/**
 * Requests no reader made before, none answered from a kept page: each query of the mix at its result pages 2
 * to 41 (page 1 is the repeated rows'; a page past the last shows the last, worked out in full), in an order
 * that spreads the words.
 */
export const FRESH_QUERIES = Array.from({ length: 40 }, (_, page) => REPEATED_QUERIES.map(({ query }) => ({ query, page: page + 2 }))).flat()

export const METHODS = { words: 'whole words by stem, BM25 (this app)', baseline: 'substring, newest 4 × 200 window (before #14)' } as const

export type QualityRow = { method: string; kind: string; queries: number; recallAt10: number; mrr: number }
export type SearchTimeRow = { method: string; queries: number; p50: number; p95: number; max: number }
export type SearchQualityReport = {
  queries: number
  relevantPerQuery: number
  quality: QualityRow[]
  times: SearchTimeRow[]
  /** Queries whose first page missed some relevant report, by method. */
  misses: { method: string; query: string; recallAt10: number }[]
}
