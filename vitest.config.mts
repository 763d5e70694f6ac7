import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    environment: 'node',
    include: ['tests/int/**/*.int.spec.ts', 'src/**/*.int.spec.ts', 'src/**/*.spec.ts'],
    // Each file gets its own SQLite database; Payload boots once per file.
    pool: 'forks',
    setupFiles: ['tests/int/helpers/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { PAYLOAD_SECRET: 'mirsad-integration-tests', NODE_ENV: 'test' },
    // Lexical's Node entry points use top-level await in an import cycle that can deadlock Node 20;
    // the "production" condition loads its plain builds instead.
    execArgv: ['--conditions=production'],
  },
})
