import { withPayload } from '@payloadcms/next/withPayload'
import createNextIntlPlugin from 'next-intl/plugin'

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A second build (the MongoDB build check) writes elsewhere so it never clobbers the SQLite one.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
}

export default withNextIntl(withPayload(nextConfig, { devBundleServerPackages: false }))
