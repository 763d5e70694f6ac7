// npm run bench — a fresh newsroom with a generated corpus (default 20,000 articles), the production build
// behind the nginx cache, and autocannon against each reader and API target, compared with a static file.
// Prints one table, rewrites the results in BENCHMARKS.md and stops everything it started, even on failure.
// Options: --articles N, --duration S, --connections C, --saves N, --skip-build (reuse NEXT_DIST_DIR or .next),
// --hooks (every article through Payload's hooks, several times slower; see scripts/bench/corpus.ts).
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'

import { lexicalFromText } from '@/lib/lexical'
import { articlePath, searchPath, sectionPath } from '@/lib/paths'

import { forgetRenderedPages, freePort, hasNginx, npmRun, serverEnv, startCache, stopServer, waitFor } from '../production-server'
import { hasRedis } from '../redis-server'
import { type ClusterReport, measureCluster } from './cluster'
import type { CorpusFile } from './corpus'
import { measureDetection } from './detection'
import { generateLongText } from './generator'
import { type LoadOptions, measure, type Measurement, percentile, warm } from './load'
import { watchMemory } from './memory'
import { clusterTable, detectionTable, ratio, type Report, results, searchQualityTable, staffTable, table, TARGETS, weakest, writeResults } from './report'
import { FRESH_QUERIES, REPEATED_QUERIES, type SearchQualityReport } from './search-judged'
import { measureStaffWrites } from './staff'
import { STATIC_PAGE, startStaticSite } from './static-site'
import { hasWrk } from './wrk'

const DIR = path.resolve('data/bench')
const SAVE_WORDS = 3000
const EDITOR = { email: 'editor@mirsad.local', password: process.env.SEED_PASSWORD || 'mirsad-demo-2025' }
const ADMIN = { email: 'admin@mirsad.local', password: EDITOR.password }
// The cluster rows load two Node processes at once: more connections than the single-process rows, as measured for #16.
const CLUSTER_CONNECTIONS = 32

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

// Everything started is stopped here, in reverse order, on success, failure, Ctrl-C or an uncaught error.
const cleanups: (() => void)[] = []
function cleanUp() {
  for (const stop of cleanups.splice(0).reverse()) {
    try {
      stop()
    } catch {
      // keep stopping the rest
    }
  }
}
process.on('exit', cleanUp)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    cleanUp()
    process.exit(130)
  })
}

/** A few requests before measuring, so the first ones (compilation, cold caches) are not counted. */
async function warmUp({ url, method, headers, body }: LoadOptions) {
  for (let request = 0; request < 3; request++) await (await fetch(url, { method, headers, body })).arrayBuffer()
}

/** The editor's draft saves of a long article, as the admin sends them: p50 and p95 in ms. */
async function measureSaves(app: string, articleId: number, count: number) {
  const login = await fetch(`${app}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(EDITOR) })
  if (!login.ok) throw new Error(`editor login answered ${login.status}: ${(await login.text()).slice(0, 300)}`)
  const { token } = (await login.json()) as { token: string }
  const text = generateLongText(SAVE_WORDS)
  const times: number[] = []
  // The first save turns the article into the long one and warms the route; it is not counted.
  for (let save = 0; save <= count; save++) {
    const body = lexicalFromText(`${text}\n\nحُدّث هذا النص للمرة ${save + 1}.`)
    const started = performance.now()
    const response = await fetch(`${app}/api/articles/${articleId}?draft=true&depth=0&locale=ar`, {
      method: 'PATCH',
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ body }),
    })
    const answer = await response.text()
    const elapsed = performance.now() - started
    if (!response.ok) throw new Error(`draft save answered ${response.status}: ${answer.slice(0, 300)}`)
    if (save > 0) times.push(elapsed)
  }
  times.sort((a, b) => a - b)
  return { count, words: SAVE_WORDS, p50: percentile(times, 0.5), p95: percentile(times, 0.95) }
}

/**
 * The JavaScript a browser loads for the article page, gzipped here (zlib's default level). `noModule` scripts
 * (Next's polyfills for browsers without ES modules) are counted apart: a modern browser never fetches them.
 */
async function articleJavaScript(app: string, page: string) {
  const html = await (await fetch(`${app}${page}`)).text()
  const tags = [...new Set(html.match(/<script\b[^>]*\bsrc="[^"]+"[^>]*>/g) ?? [])]
  const size = { files: 0, rawKB: 0, gzipKB: 0, legacyGzipKB: 0 }
  for (const tag of tags) {
    const source = tag.match(/\bsrc="([^"]+)"/)![1].replaceAll('&amp;', '&')
    const response = await fetch(new URL(source, app))
    if (!response.ok) throw new Error(`${source} answered ${response.status}`)
    const bytes = Buffer.from(await response.arrayBuffer())
    if (/\bnomodule\b/i.test(tag)) {
      size.legacyGzipKB += gzipSync(bytes).length / 1024
      continue
    }
    size.files++
    size.rawKB += bytes.length / 1024
    size.gzipKB += gzipSync(bytes).length / 1024
  }
  return size
}

async function main() {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '20000' },
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '10' },
      saves: { type: 'string', default: '30' },
      'skip-build': { type: 'boolean', default: false },
      hooks: { type: 'boolean', default: false },
    },
  })
  const articles = Number(values.articles)
  const duration = Number(values.duration)
  const connections = Number(values.connections)
  const saves = Number(values.saves)
  if (![articles, duration, connections, saves].every((value) => Number.isInteger(value) && value > 0) || articles < 2) {
    throw new Error('--articles (≥ 2), --duration, --connections و --saves أعداد صحيحة موجبة / must be positive integers')
  }
  if (!hasNginx()) {
    throw new Error('nginx مع وحدة الحذف من الذاكرة المؤقتة غير مثبت: apt-get install nginx-light libnginx-mod-http-cache-purge / nginx with the cache-purge module is missing: apt-get install nginx-light libnginx-mod-http-cache-purge')
  }
  const distDir = process.env.NEXT_DIST_DIR || '.next'
  if (values['skip-build'] && !fs.existsSync(path.join(distDir, 'BUILD_ID'))) {
    throw new Error(`لا يوجد بناء في ${distDir}: شغّل npm run build أولًا أو احذف --skip-build / no build in ${distDir}: run npm run build first, or drop --skip-build`)
  }

  // A fresh database: migrations, the demo newsroom (accounts, sections, places), then the corpus.
  fs.rmSync(DIR, { recursive: true, force: true })
  fs.mkdirSync(DIR, { recursive: true })
  const env = serverEnv(DIR)
  npmRun('migrate', env, 'bench')
  npmRun('seed', env, 'bench')
  const corpusFile = path.join(DIR, 'corpus.json')
  // A token of this run in every slug: no page of an earlier run, still in Next's cache, can answer for one.
  const token = Date.now().toString(36).slice(-5)
  const started = Date.now()
  execFileSync(path.resolve('node_modules/.bin/tsx'), ['scripts/bench/corpus.ts', '--articles', String(articles), '--token', token, '--out', corpusFile, ...(values.hooks ? ['--hooks'] : [])], {
    env: { ...env, NODE_OPTIONS: '--no-deprecation' },
    stdio: 'inherit',
  })
  console.log(`[bench] corpus: ${((Date.now() - started) / 1000).toFixed(1)} s`)
  const corpus = JSON.parse(fs.readFileSync(corpusFile, 'utf8')) as CorpusFile
  // Search quality and in-process search time, before the server starts: nothing else runs meanwhile.
  console.log('[bench] search quality (judged queries) and search time, in-process…')
  const qualityFile = path.join(DIR, 'search-quality.json')
  execFileSync(path.resolve('node_modules/.bin/tsx'), ['scripts/bench/search-quality.ts', '--corpus', corpusFile, '--out', qualityFile], {
    env: { ...env, NODE_OPTIONS: '--no-deprecation' },
    stdio: 'inherit',
  })
  const searchQuality = JSON.parse(fs.readFileSync(qualityFile, 'utf8')) as SearchQualityReport
  if (!values['skip-build']) npmRun('build', env, 'bench')
  else forgetRenderedPages(distDir)

  const [appPort, cachePort, staticPort] = [await freePort(), await freePort(), await freePort()]
  const app = `http://127.0.0.1:${appPort}`
  const cacheURL = `http://127.0.0.1:${cachePort}`
  const server = spawn(path.resolve('node_modules/.bin/next'), ['start', '-p', String(appPort), '-H', '127.0.0.1'], {
    // Readers reach the app through the cache, which the app purges on publication (src/data/revalidate.ts).
    env: { ...env, NODE_ENV: 'production', PORT: String(appPort), SITE_URL: cacheURL, CACHE_PURGE_URL: cacheURL },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  })
  cleanups.push(() => stopServer(server.pid!))
  const memory = watchMemory(server.pid!)
  await waitFor(`${app}/api/articles?limit=1`, server, 120)
  console.log(`[bench] next start at ${app}`)
  const cache = await startCache({ dir: path.join(DIR, 'nginx'), upstream: `127.0.0.1:${appPort}`, port: cachePort, label: 'bench' })
  cleanups.push(cache.stop)

  // The newest report (first on the home page) is the cached article; the uncached target asks for each other one once.
  const article = corpus.articles.at(-1)!
  const page = articlePath('ar', article.slug)
  const unrequested = corpus.articles.slice(0, -1).map((entry) => articlePath('ar', entry.slug))
  let nextUnrequested = 0
  let nextRepeated = 0
  let nextFresh = 0
  const asked = ({ query, page }: { query: string; page: number }) => searchPath('ar', query, page)
  const fresh = () => (nextFresh < FRESH_QUERIES.length ? asked(FRESH_QUERIES[nextFresh++]) : null)
  const load = (options: Omit<LoadOptions, 'connections' | 'duration'>) => ({ ...options, connections, duration })

  const notes: Record<string, string> = {}
  const inNextCache = await warm(`${app}${page}`, 'x-nextjs-cache')
  if (!inNextCache) notes[TARGETS.nextCache] = 'never answered x-nextjs-cache: HIT'
  const html = await (await fetch(`${app}${page}`)).text()
  const staticSite = startStaticSite({ dir: path.join(DIR, 'static'), port: staticPort, html })
  cleanups.push(staticSite.stop)

  const plan: { target: string; options: LoadOptions; prepare?: () => Promise<boolean | void> }[] = [
    { target: TARGETS.cached, options: load({ url: `${cacheURL}${page}` }), prepare: () => warm(`${cacheURL}${page}`, 'x-cache') },
    { target: TARGETS.nextCache, options: load({ url: `${app}${page}` }), prepare: () => warm(`${app}${page}`, 'x-nextjs-cache') },
    { target: TARGETS.uncached, options: load({ url: app, nextPath: () => unrequested[nextUnrequested++] ?? null }) },
    { target: TARGETS.uncachedAlone, options: { ...load({ url: app, nextPath: () => unrequested[nextUnrequested++] ?? null }), connections: 1 } },
    { target: TARGETS.home, options: load({ url: `${app}/ar` }), prepare: () => warm(`${app}/ar`, 'x-nextjs-cache') },
    { target: TARGETS.section, options: load({ url: `${app}${sectionPath('ar', 'الساحل')}` }), prepare: () => warm(`${app}${sectionPath('ar', 'الساحل')}`, 'x-nextjs-cache') },
    // Readers asking again are answered from kept pages (src/data/search.ts); each fresh request is worked out anew.
    { target: TARGETS.search, options: load({ url: app, nextPath: () => asked(REPEATED_QUERIES[nextRepeated++ % REPEATED_QUERIES.length]) }) },
    { target: TARGETS.searchFresh, options: load({ url: app, nextPath: () => fresh() }) },
    { target: TARGETS.searchAlone, options: { ...load({ url: app, nextPath: () => fresh() }), connections: 1 } },
    { target: TARGETS.rest, options: load({ url: `${app}/api/articles?limit=20` }) },
    {
      target: TARGETS.graphql,
      options: load({
        url: `${app}/api/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ Articles(limit: 20) { docs { id title slug } } }' }),
      }),
    },
  ]

  console.log(`[bench] ${STATIC_PAGE} from nginx: ${connections} connections × ${duration} s per target`)
  const baselineOptions = load({ url: `${staticSite.url}${STATIC_PAGE}` })
  await warmUp(baselineOptions)
  const baseline = await measure(TARGETS.baseline, baselineOptions)
  const rows: Measurement[] = []
  for (const { target, options, prepare } of plan) {
    // A page that should come from a cache is put there first; the others get a few requests to warm up.
    if (prepare) {
      if ((await prepare()) === false) notes[target] = notes[target] ?? 'never answered from its cache (no HIT while warming)'
    } else if (!options.nextPath) {
      await warmUp(options)
    }
    await sleep(1000)
    console.log(`[bench] ${target}…`)
    const row = await measure(target, options)
    rows.push({ ...row, note: [row.note, notes[target]].filter(Boolean).join('; ') || undefined })
  }

  console.log('[bench] admin saves and the article page’s JavaScript…')
  const save = await measureSaves(app, corpus.articles[0].id, saves)
  console.log('[bench] eight staff autosaving at once, with sign-ins, password resets and preference saves…')
  const staff = await measureStaffWrites(app, ADMIN, { staff: 8, seconds: Math.max(duration, 5) })
  const javascript = await articleJavaScript(app, page)
  console.log('[bench] claim detection of 10 KB, 100 KB and 1 MB, in this process…')
  const detection = measureDetection()
  const memoryPeak = memory.stop()
  // The single server is done: the cluster's two instances get the machine to themselves.
  stopServer(server.pid!)
  let cluster: ClusterReport | { skipped: string }
  if (!hasWrk() || !hasRedis()) {
    cluster = { skipped: 'wrk or redis-server is missing (apt-get install wrk redis-server)' }
    console.log(`[bench] ${cluster.skipped}: no cluster rows`)
  } else {
    console.log(`[bench] the cluster: two instances on Redis, nginx in front; wrk, ${CLUSTER_CONNECTIONS} connections × ${duration} s per row…`)
    cluster = await measureCluster({ env, dir: path.join(DIR, 'cluster'), page, connections: CLUSTER_CONNECTIONS, duration })
  }
  const report: Report = {
    date: new Date(),
    articles: corpus.articles.length,
    claims: corpus.claims,
    searchEntries: corpus.searchEntries,
    rates: corpus.rates,
    duration,
    connections,
    baseline,
    rows,
    save,
    staff,
    javascript,
    memory: memoryPeak,
    detection,
    searchQuality,
    cluster,
  }

  console.log(`\n${table(report)}\n\n${searchQualityTable(report)}\n\n${staffTable(report)}\n\n${clusterTable(report)}\n\n${detectionTable(report)}\n`)
  console.log(results(report).split('\n').filter((line) => line.startsWith('- ')).join('\n'))
  // CI's smoke run writes its table elsewhere (BENCH_REPORT), so the committed one stays the full run's.
  writeResults(path.resolve(process.env.BENCH_REPORT || 'BENCHMARKS.md'), report)
  const low = weakest(report)
  console.log(`\n[bench] weakest ratio: ${low.target} at ${ratio(low, baseline).toFixed(1)} % of the static baseline (BENCHMARKS.md updated)`)

  const failed = [baseline, ...rows, ...('rows' in cluster ? cluster.rows : [])].filter((row) => row.failed)
  const staffFailures = staff.rows.filter((row) => row.serverErrors)
  if (staffFailures.length) {
    throw new Error(`أخطاء خادم في كتابات الموظفين / server errors in staff writes: ${staffFailures.map((row) => `${row.kind} (${row.serverErrors})`).join(', ')}`)
  }
  if (failed.length) {
    throw new Error(`أهداف أجابت بأخطاء / targets answered with errors: ${failed.map((row) => `${row.target} (${row.failed})`).join(', ')}`)
  }
}

main()
  .then(() => {
    cleanUp()
    process.exit(0)
  })
  .catch((error) => {
    console.error('[bench] فشل القياس / the benchmark failed:', error)
    cleanUp()
    process.exit(1)
  })
