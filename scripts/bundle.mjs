// esbuild options shared by the app's build and the benchmark's minimal Ink app, so the
// baseline is bundled exactly like gateprep: ESM for Node 20, React in production mode,
// react-devtools-core stubbed, string-width's common case answered without its emoji regex,
// a createRequire banner for CommonJS dependencies.

export const stubDevtools = {
  name: 'stub-react-devtools-core',
  setup(b) {
    b.onResolve({ filter: /^react-devtools-core$/ }, () => ({ path: 'react-devtools-core', namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export default { initialize() {}, connectToDevTools() {} };', loader: 'js' }));
  },
};

// Ink measures text with string-width; src/ui/stringWidth.ts answers the app's own one-column
// characters itself and hands everything else (and its own import) to the real one.
const fastWidth = new URL('../src/ui/stringWidth.ts', import.meta.url).pathname;
export const fastStringWidth = {
  name: 'fast-string-width',
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, (args) => (args.importer === fastWidth ? undefined : { path: fastWidth }));
  },
};

export const REQUIRE_BANNER = "import { createRequire as __gateprepCreateRequire } from 'node:module'; const require = __gateprepCreateRequire(import.meta.url);";

/** @type {import('esbuild').BuildOptions} */
export const nodeBundle = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  jsx: 'automatic',
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"', 'process.env.DEV': '"false"' },
  banner: { js: REQUIRE_BANNER },
  plugins: [stubDevtools, fastStringWidth],
  logLevel: 'warning',
};
