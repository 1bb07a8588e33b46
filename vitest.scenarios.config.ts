import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * `npm run test:scenarios`: the slow, whole-system scenarios (several processes, kill -9, a real
 * browser). `.ci/run` runs them once, on the PostgreSQL server; `npm test` never does. That is a
 * scope, not a skip: each of these needs processes or a browser that a unit pass must not wait for.
 */
// mergeConfig concatenates arrays: base's `exclude: ['test/scenarios/**']` would stay and match
// every scenario ("No test files found"), so the lists are replaced rather than merged.
const merged = mergeConfig(base, defineConfig({ test: { maxWorkers: 1, testTimeout: 180_000 } }));
export default { ...merged, test: { ...merged.test, include: ['test/scenarios/**/*.test.ts'], exclude: ['node_modules/**'] } };
