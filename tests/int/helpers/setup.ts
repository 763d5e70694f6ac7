import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

// Runs before each test file's imports: every file gets its own throwaway database and media folder,
// whatever it imports first (the Payload config reads DATABASE_URI when it is loaded).
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mirsad-int-'))
process.env.MIRSAD_TEST_DIR = dir
process.env.DATABASE_URI = `file:${path.join(dir, 'mirsad.db')}`
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.MAIL_LOG_FILE = path.join(dir, 'mail.log')
