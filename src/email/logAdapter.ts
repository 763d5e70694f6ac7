import fs from 'node:fs'
import path from 'node:path'

import type { EmailAdapter } from 'payload'

export const mailLogFile = () => path.resolve(process.env.MAIL_LOG_FILE || 'data/mail.log')

/**
 * Payload's email, delivered to a file, one JSON line per message: what a development machine (and the
 * tests) can read. A production deployment replaces it with a real transport.
 */
export const logEmailAdapter: EmailAdapter = () => ({
  name: 'mirsad-mail-log',
  defaultFromAddress: process.env.MAIL_FROM_ADDRESS || 'desk@mirsad.local',
  defaultFromName: 'مرصد',
  sendEmail: async (message) => {
    const file = mailLogFile()
    await fs.promises.mkdir(path.dirname(file), { recursive: true })
    await fs.promises.appendFile(file, `${JSON.stringify({ sentAt: new Date().toISOString(), ...message })}\n`)
    return { accepted: [message.to] }
  },
})
