import { defineConfig } from 'vitest/config';

// Mutation testing (npm run mutate) runs the domain tests and the keymap's screen tests: the
// e2e and CLI tests drive dist/cli.js, which Stryker does not rebuild per mutant; the other
// screen tests take seconds each while the domain tests already cover the domain code; the
// kill test spawns writers and kills them (seconds a run) and tests the same store code.
export default defineConfig({
  test: {
    include: ['test/{gateway,progress,content,study,commands}/**/*.test.ts', 'test/ui/keys.test.tsx', 'test/ui/bindings.test.ts', 'test/ui/markdown.test.ts'],
    // stats.test.ts needs its own time zone (Europe/Berlin), which a worker thread cannot set
    exclude: ['test/progress/kill.test.ts', 'test/commands/stats.test.ts', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['test/setup.ts', 'test/mutate-setup.ts'],
    testTimeout: 60_000, // the machine running a mutation run is often busy: a store test can take 20 s
    hookTimeout: 30_000,
    maxWorkers: 1,
    isolate: false,
  },
});
