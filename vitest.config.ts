import { defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql 16 has a `module` entry (.mjs) and no `exports`: without this alias Vite loads a second
  // copy and type-graphql's schema fails with "from another module or realm".
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    setupFiles: ['reflect-metadata'],
    globalSetup: ['test/support/global-setup.ts'],
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // slow whole-system scenarios run apart: `npm run test:scenarios` (vitest.scenarios.config.ts)
    exclude: ['test/scenarios/**', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // each file opens its own database (a PGlite instance or a schema on the server): two at a time fits 2 cores
    maxWorkers: 2,
    pool: 'forks',
    // test files share their worker's modules (each worker imports src, type-graphql, PGlite… once, not once a
    // file): that import was ~40 % of the suite's CPU. Module state therefore outlives a file: a test that
    // needs a process-wide registry empty says so itself (see title-match.service.test.ts), and each file
    // still opens its own database.
    isolate: false,
  },
});
