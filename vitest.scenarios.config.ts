import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * `npm run test:scenarios`: the slow, whole-system scenarios (several processes, kill -9, a real
 * browser). `.ci/run` runs them once, on the PostgreSQL server; `npm test` never does. That is a
 * scope, not a skip: each of these needs processes or a browser that a unit pass must not wait for.
 * (Spread, not mergeConfig: mergeConfig concatenates arrays, so base's exclude of test/scenarios/** would stay.)
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['test/scenarios/**/*.test.ts'],
    exclude: ['node_modules/**'],
    maxWorkers: 1,
    isolate: true, // as before npm test shared modules between files: the scenarios were not tried that way, and their cost is the processes they start
    testTimeout: 180_000,
  },
});
