/**
 * First frame and memory: dist/cli.js against a minimal esbuild-bundled Ink app that
 * renders one line, both measured in a pty in the same run, runs interleaved.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { nodeBundle } from '../scripts/bundle.mjs';
import { median, type BenchRow } from './lib.js';
import { spawnInPty } from './pty.js';

const RUNS = 15;

async function buildMinimal(): Promise<string> {
  const dir = join(process.cwd(), 'bench', '.minimal');
  mkdirSync(dir, { recursive: true });
  const src = join(dir, 'minimal.tsx');
  writeFileSync(
    src,
    "import { render, Text, useInput, useApp } from 'ink';\n" +
      "function App() { const { exit } = useApp(); useInput((i) => { if (i === 'q') exit(); }); return <Text>minimal ink app ready</Text>; }\n" +
      'render(<App />);\n',
  );
  const out = join(dir, 'minimal.js');
  await build({ ...nodeBundle, entryPoints: [src], outfile: out, logLevel: 'error' });
  return out;
}

export default async function startup(): Promise<BenchRow[]> {
  const minimal = await buildMinimal();
  const home = mkdtempSync(join(tmpdir(), 'gateprep-bench-'));
  const app: number[] = [];
  const base: number[] = [];
  const appRss: number[] = [];
  const baseRss: number[] = [];
  const appRssFirst: number[] = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const b = await spawnInPty(process.execPath, [minimal], 'minimal ink app ready');
    const a = await spawnInPty(process.execPath, ['dist/cli.js'], 'Learn Amazon API Gateway', { GATEPREP_HOME: home });
    const rssAtFirstFrame = a.rssMb();
    // settle one event-loop turn so lazily loaded work started by the first frame is counted
    await new Promise((r) => setTimeout(r, 300));
    if (i >= 2) {
      // the first two rounds warm the file cache
      base.push(b.firstFrameMs);
      app.push(a.firstFrameMs);
      baseRss.push(b.rssMb());
      appRss.push(a.rssMb());
      appRssFirst.push(rssAtFirstFrame);
    }
    await a.stop();
    await b.stop();
  }
  const ratio = median(app) / median(base);
  const memRatio = median(appRss) / median(baseRss);
  return [
    {
      name: 'first frame in a pty (median)',
      value: median(app),
      unit: 'ms',
      baseline: { name: 'minimal Ink app', value: median(base) },
      ratio,
      target: '<= 1.3x',
      pass: ratio <= 1.3,
    },
    {
      name: 'resident memory at the first frame (median; informational)',
      value: median(appRssFirst),
      unit: 'MB',
      baseline: { name: 'minimal Ink app', value: median(baseRss) },
      ratio: median(appRssFirst) / median(baseRss),
      target: 'before the progress store opens',
      pass: true,
    },
    {
      name: 'resident memory after start (median; progress store open)',
      value: median(appRss),
      unit: 'MB',
      baseline: { name: 'minimal Ink app', value: median(baseRss) },
      ratio: memRatio,
      target: '<= 1.2x',
      pass: memRatio <= 1.2,
    },
  ];
}
