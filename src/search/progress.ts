// How far a long command has come: a bar redrawn in place on a terminal, a plain line now and then elsewhere
// (CI logs, files), each with the count, the share done, the rate and the time left.

export type ProgressOptions = {
  label: string
  total: number
  /** Where it is written; a terminal (isTTY) gets the bar. */
  out?: { write: (text: string) => unknown; isTTY?: boolean; columns?: number }
  /** Without a terminal, a line at most this often (and at the end). */
  everyMs?: number
  now?: () => number
}

const BAR = 24

const duration = (seconds: number) => {
  if (!Number.isFinite(seconds)) return '–'
  const whole = Math.round(seconds)
  return whole >= 60 ? `${Math.floor(whole / 60)} min ${whole % 60} s` : `${whole} s`
}

/** One line of progress: `done`/`total`, percent, items per second and time left. */
export function progressLine(label: string, done: number, total: number, seconds: number, bar = false): string {
  const share = total ? done / total : 1
  const rate = seconds > 0 ? done / seconds : 0
  const left = rate > 0 ? (total - done) / rate : Number.NaN
  const filled = Math.round(share * BAR)
  const drawn = bar ? `${'█'.repeat(filled)}${'░'.repeat(BAR - filled)} ` : ''
  return `${label} ${drawn}${done}/${total} ${(share * 100).toFixed(1)} % · ${rate.toFixed(1)}/s · ${done < total ? `${duration(left)} left` : `${duration(seconds)} in all`}`
}

export function startProgress({ label, total, out = process.stdout, everyMs = 5000, now = () => performance.now() }: ProgressOptions) {
  const started = now()
  let lastLine = Number.NEGATIVE_INFINITY
  let done = 0
  const seconds = () => (now() - started) / 1000
  const draw = (final: boolean) => {
    if (out.isTTY) {
      out.write(`\r${progressLine(label, done, total, seconds(), true)}\x1b[K${final ? '\n' : ''}`)
      return
    }
    if (!final && now() - lastLine < everyMs) return
    lastLine = now()
    out.write(`${progressLine(label, done, total, seconds())}\n`)
  }
  return {
    /** `count` more done. */
    tick(count = 1) {
      done += count
      draw(false)
    },
    finish() {
      draw(true)
    },
  }
}
