import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

// Payload's start-up check of its packages' versions is off (payload.config.ts), because @payloadcms/storage-s3 and
// the plugin under it have no release of payload's version. This is that check, with the one exception named.
const LAGGING = { '@payloadcms/storage-s3': '3.90.1', '@payloadcms/plugin-cloud-storage': '3.90.1' } as Record<string, string>

const root = path.resolve('node_modules')
const versionOf = (dir: string) => (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version
const installed = () =>
  ['payload', ...fs.readdirSync(path.join(root, '@payloadcms')).map((name) => `@payloadcms/${name}`)].map((name) => ({ name, version: versionOf(path.join(root, name)) }))

/** Every copy of `name` anywhere under node_modules, nested ones included. */
function copiesOf(name: string, dir = root, found: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === '.bin' || entry.name === '.cache') continue
    const child = path.join(dir, entry.name)
    if (entry.name.startsWith('@')) {
      copiesOf(name, child, found)
      continue
    }
    const nested = path.join(child, 'node_modules')
    if (path.relative(root, child).split(path.sep).join('/').endsWith(name)) found.push(child)
    if (fs.existsSync(nested)) copiesOf(name, nested, found)
  }
  return found
}

describe('Payload packages', () => {
  it('should all be at payload’s version, but for the storage plugins that have no such release', () => {
    const payloadVersion = versionOf(path.join(root, 'payload'))
    const wrong = installed().filter(({ name, version }) => version !== (LAGGING[name] ?? payloadVersion))
    expect(wrong).toEqual([])
  })

  it('should be installed once each: the storage plugins share our payload and admin UI', () => {
    for (const name of ['payload', '@payloadcms/ui', '@payloadcms/translations']) expect(copiesOf(name).map((dir) => path.relative(root, dir))).toEqual([name])
  })
})
