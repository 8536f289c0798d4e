/**
 * Simulator: keystroke to new frame, in a real pty on the built app (`dist/cli.js`), for a
 * settings change that re-runs the trace: on the throttling preset's 6th request, → and ←
 * on "Method throttle burst" (5 <-> 6) flip the request between 429 at throttle and 200, so
 * every press validates the setup, replays the earlier requests and traces the current one.
 * Also the clock (+1s) in the trace view, which re-runs the same way. Target p95 <= 20 ms; each
 * row against the minimal Ink app (bench/minimal.ts) pressing the same keys in the same run.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { offsetText } from '../src/gateway/clock.js';
import { percentile, type BenchRow } from './lib.js';
import { buildMinimal } from './minimal.js';
import { spawnInPty, timedPress as press } from './pty.js';

export default async function simKeystroke(): Promise<BenchRow[]> {
  const home = mkdtempSync(join(tmpdir(), 'gateprep-bench-'));
  const app = await spawnInPty(process.execPath, ['dist/cli.js', 'sim', 'throttle-burst-refill'], 'gateprep › Simulator', { GATEPREP_HOME: home });
  await press(app, 'R', (s) => s.includes('request 6/16') && s.includes('TooManyRequestsException'));
  // the clock: +1s re-runs the current request (bucket refilled)
  // wait for the exact new clock and the footer: a frame is judged whole, not half drawn
  const clock: number[] = [];
  for (let i = 1; i <= 120; i++) {
    const want = `· ${offsetText(i * 1000)}`;
    clock.push(await press(app, '1', (s) => s.includes(want) && s.includes('q quit')));
  }
  app.child.write('\t');
  await app.until((s) => s.includes('Editing route'));
  for (;;) {
    if (/› Method throttle burst/.test(app.screen())) break;
    const before = app.screen();
    app.child.write('j');
    await app.until((s) => s !== before);
  }
  const change: number[] = [];
  for (let i = 0; i < 120; i++) {
    const up = i % 2 === 0;
    change.push(await press(app, up ? '\u001b[C' : '\u001b[D', (s) => new RegExp(`Method throttle burst\\s+‹ ${up ? 6 : 5} ›`).test(s) && s.includes('q quit')));
  }
  await app.stop();
  // the baseline in the same run: the minimal Ink app, the same keys (→/← flip a value, 1 a clock)
  const base = await spawnInPty(process.execPath, [await buildMinimal('keys')], 'minimal ink keys ready');
  const baseChange: number[] = [];
  for (let i = 0; i < 120; i++) {
    const up = i % 2 === 0;
    baseChange.push(await press(base, up ? '\u001b[C' : '\u001b[D', (s) => s.includes(`value ‹ ${up ? 6 : 5} ›`)));
  }
  const baseClock: number[] = [];
  for (let i = 1; i <= 120; i++) baseClock.push(await press(base, '1', (s) => s.includes(`clock ${i} `)));
  await base.stop();
  const rows: Array<[string, number[], number[]]> = [
    ['sim: keystroke to frame p95, settings change re-runs the trace (pty)', change, baseChange],
    ['sim: keystroke to frame p95, clock +1s re-runs the trace (pty)', clock, baseClock],
  ];
  return rows.map(([name, xs, bs]) => {
    const p95 = percentile(xs, 95);
    const baseline = { name: 'minimal Ink app, same keys', value: percentile(bs, 95) };
    process.stderr.write(`${name}: p50 ${percentile(xs, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms\n`);
    return { name: `${name} (${xs.length} keys)`, value: p95, unit: 'ms', baseline, ratio: p95 / baseline.value, target: '<= 20 ms', pass: p95 <= 20 && xs.length >= 100 };
  });
}
