import config from '@payload-config'
import { getPayload } from 'payload'

import { migrateDownOne, migrateUp } from './migrate'

// npm run migrate: applies pending migrations. npm run migrate:down [-- <count>]: rolls back the newest ones,
// one at a time, each keeping a copy of the database that `npm run migrate` puts back.
const [direction = 'up', count = '1'] = process.argv.slice(2)
const log = (line: string) => console.log(`[migrate] ${line}`)
try {
  const payload = await getPayload({ config })
  if (direction === 'up') {
    const names = await migrateUp(payload, log)
    log(names.length ? `done: ${names.length} applied` : 'nothing to apply')
  } else if (direction === 'down' && /^[1-9]\d*$/.test(count)) {
    for (let step = 0; step < Number(count); step++) {
      if (!(await migrateDownOne(payload, log))) {
        log('no migration left to roll back')
        break
      }
    }
  } else {
    throw new Error('الاستعمال: npm run migrate أو npm run migrate:down -- <عدد> / usage: npm run migrate, or npm run migrate:down -- <count>')
  }
  process.exit(0)
} catch (error) {
  console.error('[migrate] فشل / failed:', error instanceof Error ? error.message : error)
  process.exit(1)
}
