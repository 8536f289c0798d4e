/**
 * A fresh instance of a source module, evaluated inside the calling test. Module-level values
 * (zod schemas, regexes, constants) are otherwise built once per worker, before any test runs,
 * so a test can only check them through a copy loaded while it runs (the mutation runner
 * switches mutants on per test: docs/mutation.md, "cannot kill"). A test file that uses this must
 * also import the module statically (`import '...';`): the runner finds a source file's tests
 * through static imports, and the specifier here is computed.
 */
let n = 0;

export async function fresh<T>(specifier: string): Promise<T> {
  return (await import(/* @vite-ignore */ `${specifier}?fresh=${++n}`)) as T;
}
