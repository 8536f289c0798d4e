// Ink rebuilds every frame from scratch: a new Output whose caches start empty, so every line is
// tokenized for ANSI codes (and sliced, inside a clipping box) again, changed or not; a new object
// for each of the 80x24 cells; an ANSI diff between every two neighbouring cells; and string-width's
// grapheme segmentation and emoji regex for any non-ASCII line (compiled on first use: ~50 ms of
// the first frame). Each patch below gives the same frames with less work; each throws at build
// time if the text it replaces is gone (a new Ink), so none can silently stop applying.
// test/ui/inkPatches.test.ts renders through the patched and the original modules and compares.
import { readFile } from 'node:fs/promises';

const fastWidth = new URL('../src/ui/stringWidth.ts', import.meta.url).pathname;

/** Each copy of string-width (Ink's, and wrap-ansi's older one) gets src/ui/stringWidth.ts's fast
 * path in front of it; every other string still goes to the copy its importer would have had. */
const fastStringWidth = {
  name: 'fast-string-width',
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, async (args) => {
      if (args.pluginData === 'real') return undefined;
      const real = await b.resolve('string-width', { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'real' });
      if (real.errors.length > 0) return { errors: real.errors };
      return { path: real.path, namespace: 'fast-string-width' };
    });
    b.onLoad({ filter: /.*/, namespace: 'fast-string-width' }, (args) => ({
      contents: `import real from ${JSON.stringify(args.path)};\nimport { withFastPath } from ${JSON.stringify(fastWidth)};\nexport default withFastPath(real);\n`,
      loader: 'js',
      resolveDir: process.cwd(),
    }));
  },
};

/** Output: caches shared across frames (pure functions of the text; emptied past 5,000 entries),
 * sliced lines cached too, and one shared blank cell (cells are replaced, never changed). */
const OUTPUT = [
  [
    'export default class Output',
    'const sharedCaches = new OutputCaches();\n' +
      'const slices = new Map();\n' +
      'function framesCaches() { if (sharedCaches.styledChars.size + sharedCaches.widths.size + slices.size > 5000) { sharedCaches.styledChars.clear(); sharedCaches.widths.clear(); sharedCaches.blockWidths.clear(); slices.clear(); } return sharedCaches; }\n' +
      'function sharedSlice(line, from, to) { const key = `${from}:${to}:${line}`; let s = slices.get(key); if (s === undefined) { s = sliceAnsi(line, from, to); slices.set(key, s); } return s; }\n' +
      "const BLANK = Object.freeze({ type: 'char', value: ' ', fullWidth: false, styles: Object.freeze([]) });\n" +
      'export default class Output',
  ],
  ['caches = new OutputCaches();', 'caches = framesCaches();'],
  ['return sliceAnsi(line, from, to);', 'return sharedSlice(line, from, to);'],
  [
    `row.push({
                    type: 'char',
                    value: ' ',
                    fullWidth: false,
                    styles: [],
                });`,
    'row.push(BLANK);',
  ],
];

/** styledCharsToString: no ANSI diff between two cells of the same style (it is empty then). */
const STYLED_CHARS = [
  [
    'export function styledCharsToString(chars) {',
    'function sameCodes(a, b) { if (a === b) return true; if (a.length !== b.length) return false; for (let i = 0; i < a.length; i++) if (a[i].code !== b[i].code || a[i].endCode !== b[i].endCode) return false; return true; }\n' +
      'export function styledCharsToString(chars) {',
  ],
  [
    'ret += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));',
    'if (!sameCodes(chars[i - 1].styles, char.styles)) ret += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));',
  ],
  ['ret += ansiCodesToString(char.styles);', 'if (char.styles.length > 0) ret += ansiCodesToString(char.styles);'],
  ['ret += ansiCodesToString(diffAnsiCodes(char.styles, []));', 'if (char.styles.length > 0) ret += ansiCodesToString(diffAnsiCodes(char.styles, []));'],
];

/** Applies `replacements` to the module's text; throws when one no longer matches. */
export function patchText(path, source, replacements) {
  let out = source;
  for (const [from, to] of replacements) {
    if (!out.includes(from)) throw new Error(`${path}: the text an Ink patch replaces is gone (scripts/inkPatches.mjs): ${from.slice(0, 60)}`);
    out = out.replace(from, to);
  }
  return out;
}

const patchFile = (name, filter, replacements) => ({
  name,
  setup(b) {
    b.onLoad({ filter }, async (args) => ({ contents: patchText(args.path, await readFile(args.path, 'utf8'), replacements), loader: 'js' }));
  },
});

export const PATCHES = { output: OUTPUT, styledChars: STYLED_CHARS };

export const inkPatches = [
  fastStringWidth,
  patchFile('ink-output', /[\\/]ink[\\/]build[\\/]output\.js$/, OUTPUT),
  patchFile('ansi-tokenize-styled-chars', /[\\/]@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]styledChars\.js$/, STYLED_CHARS),
];
