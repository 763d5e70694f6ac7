import { execFile } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'

// The W3C Nu HTML Checker (vnu.jar from npm's vnu-jar), run once over every saved page: Java starts slowly.

export type NuMessage = { type: string; subType?: string; message: string; url?: string; lastLine?: number; extract?: string }

export type NuReport = { errors: NuMessage[]; warnings: NuMessage[] }

const jarPath = (): string => createRequire(import.meta.url)('vnu-jar') as string

/** Checks the files and returns each file's errors and warnings, keyed by absolute path. */
export function checkHtmlFiles(files: string[]): Promise<Map<string, NuReport>> {
  return new Promise((resolve, reject) => {
    const args = ['-Xss4m', '-jar', jarPath(), '--format', 'json', '--exit-zero-always', '--html', ...files]
    execFile('java', args, { maxBuffer: 64 * 1024 * 1024, timeout: 120_000 }, (error, _stdout, stderr) => {
      if (error) {
        const hint = (error as NodeJS.ErrnoException).code === 'ENOENT' ? ': install Java (apt-get install -y default-jre-headless; .ci/run does)' : ''
        return reject(new Error(`vnu.jar did not run${hint}: ${error.message}\n${stderr}`))
      }
      let messages: NuMessage[]
      try {
        messages = (JSON.parse(stderr) as { messages: NuMessage[] }).messages
      } catch {
        return reject(new Error(`vnu.jar printed no JSON report:\n${stderr.slice(0, 2000)}`))
      }
      const reports = new Map(files.map((file) => [path.resolve(file), { errors: [], warnings: [] } as NuReport]))
      for (const message of messages) {
        const file = message.url ? decodeURIComponent(new URL(message.url).pathname) : ''
        const report = reports.get(file)
        // A message about no file (the checker itself failing) counts against every page: it must not pass quietly.
        const targets = report ? [report] : [...reports.values()]
        for (const target of targets) {
          if (message.type === 'error' || message.type === 'non-document-error') target.errors.push(message)
          else if (message.subType === 'warning') target.warnings.push(message)
        }
      }
      resolve(reports)
    })
  })
}

export const describeNu = (message: NuMessage) =>
  `line ${message.lastLine ?? '?'}: ${message.message}${message.extract ? ` «${message.extract.replace(/\s+/g, ' ').trim().slice(0, 120)}»` : ''}`
