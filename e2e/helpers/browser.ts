import fs from 'node:fs'

// Debian's Chromium, never a downloaded one; the flags keep it off the (closed) network.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export const chromiumLaunchOptions = {
  executablePath: CHROMIUM_PATH,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
}

export function assertChromiumInstalled() {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `لم يُعثر على Chromium في ${CHROMIUM_PATH}: ثبّته بالأمر sudo apt-get install -y chromium / ` +
        `Chromium not found at ${CHROMIUM_PATH}: install it with "sudo apt-get install -y chromium" (or set CHROMIUM_PATH).`,
    )
  }
}
