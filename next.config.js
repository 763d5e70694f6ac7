import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'
import createNextIntlPlugin from 'next-intl/plugin'

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A second build (the MongoDB build check) writes elsewhere so it never clobbers the SQLite one.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // Readers reach the app through nginx (deploy/nginx), which compresses; compressed here too, each page would be
  // cached once per Accept-Encoding a client sends (Next answers with Vary: Accept-Encoding).
  compress: false,
  // Next's page cache: on Redis with REDIS_URL, shared by every instance, else on this process's disk; never for a
  // missing page (src/cache/page-cache.cjs).
  cacheHandler: path.join(path.dirname(fileURLToPath(import.meta.url)), 'src/cache/page-cache.cjs'),
}

/**
 * Payload asks every response for the colour-scheme client hint (Accept-CH, Critical-CH, Vary). Only the
 * admin has a theme; on the reader's site Critical-CH makes browsers fetch each page twice and Vary splits
 * every cache entry, so the hints are kept to /admin.
 */
function colourHintsForAdminOnly(config) {
  const headers = config.headers
  return {
    ...config,
    headers: async () =>
      (await headers()).map((rule) => (rule.source === '/:path*' && rule.headers.some((header) => header.key === 'Critical-CH') ? { ...rule, source: '/admin/:path*' } : rule)),
  }
}

export default withNextIntl(colourHintsForAdminOnly(withPayload(nextConfig, { devBundleServerPackages: false })))
