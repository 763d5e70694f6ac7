// npm run lighthouse — Lighthouse (from npm) with Debian's chromium against the production build and the
// demo content: the four category scores for the home page and the Dioura report, and the JavaScript the
// article page ships. `-- --skip-build` reuses the current .next build.
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

import { startProductionServer } from './production-server'

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const DIOURA = 'جماعة-مسلحة-تعلن-السيطرة-على-معسكر-للجيش-المالي-في-جورا-وتتحدث-عن-40-قتيلا'

async function main() {
  const server = await startProductionServer({ dir: 'data/lighthouse', build: !process.argv.includes('--skip-build'), label: 'lighthouse' })
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  const pages = { home: `${server.baseURL}/ar`, article: `${server.baseURL}/ar/articles/${encodeURIComponent(DIOURA)}` }
  const rows: Record<string, Record<string, number | string>> = {}
  try {
    for (const [name, url] of Object.entries(pages)) {
      // A first visit fills Next's cache, as a reader after the first one would find it.
      await fetch(url)
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] })
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
      const { lhr } = result
      const scripts = ((lhr.audits['network-requests']?.details as { items?: { resourceType?: string; transferSize?: number }[] })?.items ?? []).filter((item) => item.resourceType === 'Script')
      rows[name] = {
        ...Object.fromEntries(CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)])),
        'JS requests': scripts.length,
        'JS KB (transferred)': Number((scripts.reduce((sum, item) => sum + (item.transferSize ?? 0), 0) / 1024).toFixed(1)),
      }
      for (const category of CATEGORIES) {
        const failing = Object.values(lhr.categories[category]?.auditRefs ?? [])
          .map((ref) => lhr.audits[ref.id])
          .filter((audit) => audit && audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'notApplicable')
          .map((audit) => audit.id)
        if (failing.length) console.log(`[lighthouse] ${name} ${category} below 0.9: ${failing.join(', ')}`)
      }
    }
  } finally {
    await chrome.kill()
    server.stop()
  }
  console.log(`\nLighthouse 12 (mobile emulation, simulated throttling), Debian chromium, ${new Date().toISOString()}`)
  console.table(rows)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
