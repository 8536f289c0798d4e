// esbuild options shared by the app's build and the benchmark's minimal Ink app, so the
// baseline is bundled exactly like gateprep: ESM for Node 20, React in production mode,
// react-devtools-core stubbed, Ink's frame building made cheaper (inkPatches.mjs), a createRequire
// banner for CommonJS dependencies.
import { inkPatches } from './inkPatches.mjs';

export const stubDevtools = {
  name: 'stub-react-devtools-core',
  setup(b) {
    b.onResolve({ filter: /^react-devtools-core$/ }, () => ({ path: 'react-devtools-core', namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export default { initialize() {}, connectToDevTools() {} };', loader: 'js' }));
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
  plugins: [stubDevtools, ...inkPatches],
  logLevel: 'warning',
};
