import path from 'node:path'

import { ar } from '@payloadcms/translations/languages/ar'
import { en } from '@payloadcms/translations/languages/en'
import { buildConfig, type Config } from 'payload'

import { Articles } from '@/collections/Articles'
import { ClaimDetections } from '@/collections/ClaimDetections'
import { Claims } from '@/collections/Claims'
import { Comments } from '@/collections/Comments'
import { refusalLogging } from '@/collections/errors'
import { applyLockRules } from '@/collections/DocumentLocks'
import { withGuards, withoutAPITab } from '@/collections/guards'
import { Media, MAX_UPLOAD_BYTES } from '@/collections/Media'
import { boundedSharp } from '@/collections/Media/images/limits'
import { Places } from '@/collections/Places'
import { SearchEntries } from '@/collections/SearchEntries'
import { Sections } from '@/collections/Sections'
import { Sources } from '@/collections/Sources'
import { Tags } from '@/collections/Tags'
import { Users } from '@/collections/Users'
import { databaseAdapter } from '@/db'
import { newsroomEditor } from '@/editor'
import { Settings } from '@/globals/Settings'
import { logEmailAdapter } from '@/email/logAdapter'
import { adminTranslations } from '@/i18n/admin/translations'
import { defaultLocale, locales } from '@/i18n/locales'
import { jobs } from '@/jobs'
import { allowedOrigins, payloadSecret } from '@/lib/env'
import { depthLimit } from '@/lib/graphql-guard'
import { mediaStorage } from '@/storage'

// @payloadcms/storage-s3 has no 3.90.2 (package.json overrides keep its 3.90.1 on our payload): Payload's own version
// check, run outside production, would refuse to start. tests/int/payload-versions.int.spec.ts checks them instead.
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER = 'true'

export default buildConfig({
  secret: payloadSecret(),
  // No serverURL: Next writes process.env.NEXT_PUBLIC_* into the build, so uploads' URLs carried the address of the
  // machine that built the app. Relative, they are made absolute where needed from siteURL(), read at run time.
  // Cookie-authenticated requests only from our own origins; cross-origin calls likewise.
  csrf: allowedOrigins(),
  cors: allowedOrigins(),
  telemetry: false,
  // Payload's names only are typed; ours is set by hand (src/collections/errors.ts).
  loggingLevels: refusalLogging as Config['loggingLevels'],
  admin: {
    user: Users.slug,
    avatar: 'default',
    // Day before month, as Arabic and most newsrooms outside the US write dates.
    dateFormat: 'dd/MM/yyyy HH:mm',
    meta: { titleSuffix: ' — مرصد', icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/favicon.svg' }] },
    components: {
      beforeNavLinks: ['@/components/admin/queue-nav-link#QueueNavLink'],
      actions: ['@/components/admin/queue-nav-link#QueueHeaderLink'],
      beforeDashboard: ['@/components/admin/desk-counts#DeskCounts'],
      providers: ['@/components/admin/editor-labels#EditorLabels'],
      views: {
        // The browser tab names the page in the admin's default language (Payload takes one fixed title here).
        queue: { Component: '@/components/admin/queue-view#QueueView', path: '/queue', meta: { title: 'طابور العمل' } },
      },
      graphics: {
        Icon: '@/components/admin/mirsad-mark#MirsadIcon',
        Logo: '@/components/admin/mirsad-mark#MirsadLogo',
      },
    },
    importMap: { baseDir: path.resolve(process.cwd(), 'src') },
  },
  i18n: {
    supportedLanguages: { ar, en },
    fallbackLanguage: 'ar',
    translations: adminTranslations,
  },
  localization: {
    locales: locales.map(({ code, label, rtl }) => ({ code, label: { ...label }, rtl })),
    defaultLocale,
    fallback: true,
  },
  collections: [Articles, Claims, Sources, Comments, Sections, Tags, Places, Media, Users, SearchEntries, ClaimDetections].map(withGuards).map(withoutAPITab),
  globals: [Settings],
  editor: newsroomEditor,
  db: databaseAdapter(),
  email: logEmailAdapter,
  jobs,
  // Uploads in an S3-compatible bucket when S3_BUCKET is set, on disk otherwise (src/storage).
  plugins: [mediaStorage()],
  // Payload adds its document-lock collection itself: its rules are set once it exists.
  onInit: (payload) => applyLockRules(payload),
  // Never decodes past the pixel limit, on any path (src/collections/Media/images/limits.ts).
  sharp: boundedSharp,
  upload: { limits: { fileSize: MAX_UPLOAD_BYTES } },
  typescript: { outputFile: 'src/payload-types.ts' },
  graphQL: {
    disablePlaygroundInProduction: true,
    disableIntrospectionInProduction: true,
    maxComplexity: 500,
    validationRules: () => [depthLimit(8)],
  },
})
