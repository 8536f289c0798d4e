// Mutation runs (npm run mutate) rerun the covering tests once per mutant: fewer generated
// cases per property keep a run within reach on two shared cores. `npm test` keeps fast-check's 100.
import fc from 'fast-check';

fc.configureGlobal({ numRuns: 30 });
