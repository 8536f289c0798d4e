// Bundles src/cli.tsx into dist/ with esbuild: ESM, code-split so the TUI and each
// subcommand load only when used, React in production mode, react-devtools-core stubbed.
import { build } from 'esbuild';
import { chmodSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

rmSync('dist', { recursive: true, force: true });

const stubDevtools = {
  name: 'stub-react-devtools-core',
  setup(b) {
    b.onResolve({ filter: /^react-devtools-core$/ }, () => ({ path: 'react-devtools-core', namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export default { initialize() {}, connectToDevTools() {} };', loader: 'js' }));
  },
};

await build({
  entryPoints: { cli: 'src/cli.tsx' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  jsx: 'automatic',
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'none',
  chunkNames: 'chunks/[name]-[hash]',
  define: { 'process.env.NODE_ENV': '"production"', 'process.env.DEV': '"false"' },
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __gateprepCreateRequire } from 'node:module'; const require = __gateprepCreateRequire(import.meta.url);",
  },
  plugins: [stubDevtools],
  logLevel: 'warning',
});
chmodSync('dist/cli.js', 0o755);

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
