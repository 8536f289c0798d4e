// Bundles src/cli.tsx into dist/ with esbuild: ESM, code-split so the TUI and each
// subcommand load only when used, React in production mode, react-devtools-core stubbed.
import { build } from 'esbuild';
import { chmodSync, copyFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { nodeBundle, REQUIRE_BANNER } from './bundle.mjs';

rmSync('dist', { recursive: true, force: true });

await build({
  ...nodeBundle,
  entryPoints: { cli: 'src/cli.tsx' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  banner: { js: `#!/usr/bin/env node\n${REQUIRE_BANNER}` },
  // conf's ajv is only for a `schema` option we never pass (see ajv-stub.mjs)
  alias: { 'ajv/dist/2020.js': './scripts/ajv-stub.mjs', 'ajv-formats': './scripts/ajv-stub.mjs' },
  // the FSRS optimizer is a native module per platform, an optional dependency resolved at run time
  external: ['@open-spaced-repetition/binding'],
});
chmodSync('dist/cli.js', 0o755);
// sql.js (bundled into the .apkg export's chunk) reads its WebAssembly from beside the bundle
copyFileSync('node_modules/sql.js/dist/sql-wasm.wasm', 'dist/sql-wasm.wasm');

// Parse the built-in decks now, so the app's first frame reads JSON instead of running the parser.
await build({
  entryPoints: ['scripts/library-entry.ts'],
  outfile: 'dist/.build/library-entry.mjs',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});
const { writeLibrary } = await import(pathToFileURL(resolve('dist/.build/library-entry.mjs')).href);
const { cards, errors } = writeLibrary(resolve('content'));
rmSync('dist/.build', { recursive: true, force: true });
if (errors > 0) console.warn(`build: the built-in decks have ${errors} error(s); run "node dist/cli.js check content/decks"`);
else console.log(`build: dist/cli.js and dist/library.json (${cards} cards)`);
