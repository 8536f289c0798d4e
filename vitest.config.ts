import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // e2e tests drive real pseudo terminals; keep them from fighting over two cores
    fileParallelism: true,
    maxWorkers: 2,
  },
});
