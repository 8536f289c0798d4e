// How many generated cases a property test runs. `npm test` runs the count the test names; a
// mutation run (npm run mutate, GATEPREP_MUTATION set by test/mutate-setup.ts) reruns the covering
// tests once per mutant, so it runs a tenth of them (at least 20): a property that a mutant breaks
// fails within the first few cases, and the full count keeps running in CI.
export function runs(n: number): number {
  return process.env.GATEPREP_MUTATION ? Math.min(n, Math.max(20, Math.ceil(n / 10))) : n;
}
