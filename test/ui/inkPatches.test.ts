/** The bundle's Ink patches (scripts/inkPatches.mjs) give the same frames as Ink itself. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { nodeBundle } from '../../scripts/bundle.mjs';
import { PATCHES, inkPatches, patchText } from '../../scripts/inkPatches.mjs';

const entry = join(import.meta.dirname, 'fixtures', 'inkFrames.tsx');

async function frames(patched: boolean, seed: number): Promise<string[]> {
  const out = join(mkdtempSync(join(tmpdir(), 'gateprep-ink-')), 'frames.mjs');
  const plugins = nodeBundle.plugins!.filter((p) => patched || !inkPatches.includes(p));
  await build({ ...nodeBundle, plugins, entryPoints: [entry], outfile: out, logLevel: 'error' });
  return JSON.parse(execFileSync(process.execPath, [out, String(seed)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, FORCE_COLOR: '3' } })) as string[];
}

describe('the Ink patches', () => {
  it('draw exactly the frames Ink draws, frame after frame (styles, wide and zero-width text, clipping, past the cache bound)', async () => {
    for (const seed of [1]) {
      const [mine, theirs] = await Promise.all([frames(true, seed), frames(false, seed)]);
      expect(mine).toHaveLength(120);
      expect(mine.some((f) => f.includes('\u001B['))).toBe(true);
      expect(mine).toEqual(theirs);
    }
  }, 60_000);

  it('refuse to build when the text they replace is gone (a new Ink)', () => {
    expect(() => patchText('output.js', 'export default class Output {}', PATCHES.output)).toThrow(/output\.js: the text an Ink patch replaces is gone/);
  });
});
