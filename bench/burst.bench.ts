/**
 * A burst of 5 keys in ONE write (key repeat over SSH, tmux, a fast typist) on the Library list:
 * ms from the write until the frame of the last key (the cursor 5 rows on). Target p95 <= 20 ms.
 * Baseline in the same run: a minimal Ink app that moves its own 21-row list by every j/k in
 * the chunk Ink hands it (the least any app reacting to the same burst must do).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { nodeBundle } from '../scripts/bundle.mjs';
import { percentile, type BenchRow } from './lib.js';
import { spawnInPty, timedPress, type PtyRun } from './pty.js';

const SAMPLES = 120;
const BURST = 5;

async function buildBaseline(): Promise<string> {
  const dir = join(process.cwd(), 'bench', '.minimal');
  mkdirSync(dir, { recursive: true });
  const src = join(dir, 'burst.tsx');
  writeFileSync(
    src,
    "import { render, Text, Box, useInput } from 'ink';\nimport { useState } from 'react';\n" +
      "const rows = Array.from({ length: 21 }, (_, i) => `Topic ${String(i + 1).padStart(2, '0')}`);\n" +
      'function App() {\n' +
      '  const [at, setAt] = useState(0);\n' +
      "  useInput((input) => { let d = 0; for (const c of input) d += c === 'j' ? 1 : c === 'k' ? -1 : 0; setAt((a) => Math.max(0, Math.min(rows.length - 1, a + d))); });\n" +
      "  return <Box flexDirection=\"column\"><Text>burst baseline ready</Text>{rows.map((r, i) => <Text key={r}>{i === at ? '› ' : '  '}{r}</Text>)}</Box>;\n" +
      '}\nrender(<App />);\n',
  );
  const out = join(dir, 'burst.js');
  await build({ ...nodeBundle, entryPoints: [src], outfile: out, logLevel: 'error' });
  return out;
}

/** Alternates bursts of n j and n k; each sample ends when the row n away is highlighted. */
async function bursts(app: PtyRun, labels: string[], n = BURST, samples = SAMPLES): Promise<number[]> {
  const selected = () => /^› (.*?)(\s{2,}.*)?$/m.exec(app.screen())?.[1]?.trim() ?? '';
  const out: number[] = [];
  for (let i = 0; i < samples; i++) {
    const down = i % 2 === 0;
    const want = labels[down ? n : 0]!;
    out.push(await timedPress(app, (down ? 'j' : 'k').repeat(n), () => selected() === want));
  }
  return out;
}

const labelsOf = (screen: string): string[] => [...screen.matchAll(/^[› ] (\S.*?)(?:\s{2,}\d+ cards?)?$/gm)].map((m) => m[1]!.trim());

export default async function burst(): Promise<BenchRow[]> {
  const baselineApp = await spawnInPty(process.execPath, [await buildBaseline()], 'burst baseline ready');
  const base = await bursts(baselineApp, labelsOf(baselineApp.screen()).filter((l) => l.startsWith('Topic')));
  await baselineApp.stop();
  const home = mkdtempSync(join(tmpdir(), 'gateprep-bench-'));
  const app = await spawnInPty(process.execPath, ['dist/cli.js', 'library'], 'gateprep › Library', { GATEPREP_HOME: home });
  const labels = labelsOf(app.screen()).filter((l) => !l.startsWith('gateprep'));
  const ours = await bursts(app, labels);
  // the same list, one key per write, same run: what one frame costs on this (shared) machine
  const single = await bursts(app, labels, 1, 60);
  await app.stop();
  const p95 = percentile(ours, 95);
  const baseline = { name: 'minimal Ink app, same burst', value: percentile(base, 95) };
  const one = { name: 'one key per write, same list', value: percentile(single, 95) };
  return [
    { name: `burst of ${BURST} keys in one write to the last key's frame p95, list (${ours.length} bursts)`, value: p95, unit: 'ms', baseline, ratio: p95 / baseline.value, target: '<= 20 ms', pass: p95 <= 20 },
    { name: `burst of ${BURST} keys vs one key, list (${single.length} single keys)`, value: p95, unit: 'ms', baseline: one, ratio: p95 / one.value, target: '<= 20 ms', pass: p95 <= 20 },
  ];
}
