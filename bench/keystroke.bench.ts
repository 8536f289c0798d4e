/**
 * Keystroke to new frame in a real pty on the built app, each row against the minimal Ink app
 * (bench/minimal.ts) reacting to the same keys in the same run: single presses in the Library
 * list, a held key (writes at a 30 Hz auto-repeat pace without waiting for the frame, each
 * latency from its own write), and typing into search. 120 keys a row; p95 target <= 20 ms.
 */
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { benchDir } from './disk.js';
import { percentile, type BenchRow } from './lib.js';
import { buildMinimal } from './minimal.js';
import { pause, spawnInPty, timedPress, type PtyRun } from './pty.js';

const HELD_INTERVAL_MS = 33;
const SAMPLES = 120;
const selected = (run: PtyRun) => /^› (.*)$/m.exec(run.screen())?.[1]?.trim() ?? '';

async function singles(run: PtyRun, visited: string[]): Promise<number[]> {
  const out: number[] = [];
  visited.push(selected(run));
  for (let i = 0; i < SAMPLES; i++) {
    if (i > 0 && i <= 10) visited.push(selected(run));
    const before = selected(run);
    out.push(await timedPress(run, i % 20 < 10 ? 'j' : 'k', () => selected(run) !== before));
  }
  return out;
}

/** The rows the single presses visit, in order (10 down from the start row): a held burst stays within them. */
function rowsOf(run: PtyRun, visited: string[]): (name: string) => number {
  return (name) => visited.indexOf(name);
}

/**
 * Presses at auto-repeat pace in bursts of 10. Ink may draw several presses in one frame: a frame
 * that moved the marker n rows answers the n oldest writes still waiting, each timed from its own write.
 */
async function held(run: PtyRun, indexOf: (name: string) => number, lost: { count: number }): Promise<number[]> {
  const out: number[] = [];
  for (let round = 0; out.length < SAMPLES && round < 40; round++) {
    const key = round % 2 === 0 ? 'j' : 'k';
    const times: number[] = [];
    let seen = indexOf(selected(run));
    const writes = 10;
    let got = 0;
    let sub: { dispose(): void } | undefined;
    const done = new Promise<void>((resolve) => {
      sub = run.term.onWriteParsed(() => {
        const now = indexOf(selected(run));
        if (now === seen || now < 0) return;
        const moved = Math.abs(now - seen);
        seen = now;
        const at = performance.now();
        for (let m = 0; m < moved; m++) {
          const sent = times.shift();
          if (sent !== undefined) out.push(at - sent), got++;
        }
        if (got >= writes) resolve();
      });
    });
    for (let i = 0; i < writes; i++) {
      times.push(performance.now());
      run.child.write(key);
      await pause(HELD_INTERVAL_MS);
    }
    await Promise.race([done, pause(3000)]);
    sub!.dispose();
    if (times.length > 0) lost.count += times.length; // a press whose frame never came (not timed)
    await pause(100);
  }
  return out.slice(0, SAMPLES);
}

/** Types a query again and again; each character's latency until the screen changed. */
async function typing(run: PtyRun, text: string, clear: string): Promise<number[]> {
  const out: number[] = [];
  while (out.length < SAMPLES) {
    for (const ch of text) {
      if (out.length >= SAMPLES) break;
      const before = run.screen();
      out.push(await timedPress(run, ch, (s) => s !== before));
    }
    const before = run.screen();
    run.child.write(clear);
    await run.until((s) => s !== before).catch(() => undefined);
    await pause(50);
  }
  return out;
}

export default async function keystroke(): Promise<BenchRow[]> {
  const home = mkdtempSync(join(benchDir(), 'gateprep-bench-'));
  const minimalFile = await buildMinimal('keys');
  const app = await spawnInPty(process.execPath, ['dist/cli.js', 'library'], 'gateprep › Library', { GATEPREP_HOME: home });
  const base = await spawnInPty(process.execPath, [minimalFile], 'minimal ink keys ready');
  const appRows: string[] = [];
  const baseRows: string[] = [];
  const appSingle = await singles(app, appRows);
  const baseSingle = await singles(base, baseRows);
  const lostApp = { count: 0 };
  const lostBase = { count: 0 };
  const appHeld = await held(app, rowsOf(app, appRows), lostApp);
  const baseHeld = await held(base, rowsOf(base, baseRows), lostBase);
  app.child.write('/');
  await app.until((s) => s.includes('gateprep › Search'));
  // no spaces (a trailing space changes nothing visible); 21 backspaces in one write clear the line
  const word = 'lambdaauthorizercache';
  const appTyping = await typing(app, word, '\u007f'.repeat(word.length));
  const baseTyping = await typing(base, word, '\u007f'.repeat(word.length));
  await app.stop();
  await base.stop();
  const rows: Array<[string, number[], number[], boolean?]> = [
    ['keystroke to frame p95, list move', appSingle, baseSingle],
    [`keystroke to frame p95, held key (30 Hz; ${lostApp.count} presses without a frame, baseline ${lostBase.count})`, appHeld, baseHeld, lostApp.count === 0],
    ['keystroke to frame p95, typing in search', appTyping, baseTyping],
  ];
  return rows.map(([name, xs, bs, allDrawn = true]) => {
    const p95 = percentile(xs, 95);
    const b95 = percentile(bs, 95);
    return {
      name: `${name} (${xs.length} keys; baseline ${bs.length})`,
      value: p95,
      unit: 'ms',
      baseline: { name: 'minimal Ink app, same keys', value: b95 },
      ratio: p95 / b95,
      target: '<= 20 ms',
      pass: p95 <= 20 && xs.length >= 100 && allDrawn,
    };
  });
}
