import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * `npm run test:scenarios`: the slow, whole-system scenarios (several processes, kill -9, a real
 * browser). `.ci/run` runs them once, on the PostgreSQL server; `npm test` never does. That is a
 * scope, not a skip: each of these needs processes or a browser that a unit pass must not wait for.
 */
export default mergeConfig(base, defineConfig({
  test: {
    include: ['test/scenarios/**/*.test.ts'],
    exclude: [],
    maxWorkers: 1,
    testTimeout: 180_000,
  },
}));
