import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

// Mutation testing (npm run mutate) runs the in-process tests only: the e2e and CLI tests
// drive dist/cli.js, which Stryker does not rebuild per mutant, so they could not kill one.
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: ['test/e2e/**', 'test/cli/**', 'node_modules/**'],
      maxWorkers: 1,
    },
  }),
);
