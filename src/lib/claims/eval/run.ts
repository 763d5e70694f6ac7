import { dev } from './dev'
import { heldOut } from './held-out'
import { casesOf, GENRES, type Genre } from './labelled'
import { rates, score, type Scored, type Tally } from './score'

// npm run claims:eval: precision, recall and claimant accuracy per genre, on the dev set and the held-out set.
// `-- --failures` lists the dev set's failures one by one; the held-out set's are never listed (see held-out.ts).

const percent = (value: number) => value.toFixed(2).padStart(5)

function row(name: string, tally: Tally) {
  const r = rates(tally)
  return [
    name.padEnd(44),
    String(tally.sentences).padStart(5),
    String(tally.labels).padStart(6),
    String(tally.detected).padStart(8),
    percent(r.precision),
    percent(r.recall),
    `${percent(r.claimant)} ${`(${tally.claimantsRight}/${tally.matchedLabels})`.padEnd(9)}`,
    percent(r.unnamed),
    tally.outlets ? `${tally.outletsRight}/${tally.outlets}`.padStart(6) : '     -',
    tally.figureLabels ? `${tally.figuresRight}/${tally.figureLabels}`.padStart(7) : '      -',
  ].join('  ')
}

function table(title: string, { byGenre, overall }: Scored) {
  const header = ['genre'.padEnd(44), 'sent.', 'claims', 'proposed', 'prec.', 'recall', 'claimant right  ', 'unnamed', 'outlet', 'figures'].join('  ')
  const lines = [...byGenre.entries()].map(([genre, tally]) => row(GENRES[genre as Genre], tally))
  return [`\n${title}`, header, ...lines, row('all', overall)].join('\n')
}

const devScore = score(casesOf(dev))
const heldScore = score(casesOf(heldOut))
console.log(
  'A proposal matches a labelled claim when their character ranges overlap. Precision: proposals matching a label;\n' +
    'recall: labels matched; claimant right: matched labels whose best-overlapping proposal names the labelled\n' +
    'claimant (folded: tashkeel, hamza seats, quote marks), or none for the article’s own voice. Targets: recall ≥ 0.90,\n' +
    'precision ≥ 0.85, claimant right ≥ 0.90.',
)
console.log(table('dev (tuned on)', devScore))
console.log(table('held out (never tuned on)', heldScore))
if (process.argv.includes('--failures')) {
  console.log('\ndev failures:')
  for (const { genre, problem } of devScore.failures) console.log(`  ${genre}: ${problem}`)
}
