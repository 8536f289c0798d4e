// Mutation testing: `npm run mutate` (slow; not part of `npm test`). Run one folder at a time:
//   npm run mutate -- --mutate 'src/gateway/**/*.ts'
// Targets: >= 80% on src/gateway and src/progress, >= 70% on src/content, src/study, src/ui/keys.ts.
// Stryker's vitest runner runs the tests in worker threads, where a test file cannot change the time
// zone (process.env.TZ is per thread): the whole run uses the zone test/study/flashcards.test.ts sets.
process.env.TZ = 'America/New_York';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ['src/gateway/**/*.ts', 'src/progress/**/*.ts', 'src/content/**/*.ts', 'src/study/**/*.ts', 'src/ui/keys.ts'],
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants) would rerun the whole suite each: left out of the score.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  concurrency: 1,
  timeoutMS: 20000,
  // event-recorder writes each mutant's result as it is tested (reports/events/*-onMutantTested.json):
  // `npm run mutate:report -- --live` lists the survivors of a run still going
  reporters: ['clear-text', 'progress', 'json', 'event-recorder'],
  eventReporter: { baseDir: 'reports/events' },
  jsonReporter: { fileName: 'reports/mutation.json' },
  thresholds: { high: 80, low: 70, break: null },
  tempDirName: '.stryker-tmp',
};
