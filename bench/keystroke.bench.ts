/**
 * Keystroke to new frame in a real pty on the built app: single presses in the Library
 * list, a held key (presses arriving at a 30 Hz auto-repeat rate without waiting for the
 * frame), and typing into search. Target p95 <= 20 ms.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { percentile, type BenchRow } from './lib.js';
import { pause, spawnInPty, timedPress } from './pty.js';

const HELD_INTERVAL_MS = 33;

export default async function keystroke(): Promise<BenchRow[]> {
  const home = mkdtempSync(join(tmpdir(), 'gateprep-bench-'));
  const app = await spawnInPty(process.execPath, ['dist/cli.js', 'library'], 'gateprep › Library', { GATEPREP_HOME: home });
  const selected = () => /^› (.*)$/m.exec(app.screen())?.[1]?.trim() ?? '';
  const single: number[] = [];
  for (let i = 0; i < 60; i++) {
    const before = selected();
    single.push(await timedPress(app, i % 20 < 10 ? 'j' : 'k', () => selected() !== before));
  }
  // held key: writes at auto-repeat pace; each latency is measured from its own write
  const held: number[] = [];
  for (let round = 0; round < 4; round++) {
    const key = round % 2 === 0 ? 'j' : 'k';
    const times: number[] = [];
    let seen = selected();
    const writes = 10;
    const done = new Promise<void>((resolve) => {
      const onFrame = () => {
        const now = selected();
        if (now !== seen) {
          seen = now;
          const sent = times.shift();
          if (sent !== undefined) held.push(performance.now() - sent);
          if (held.length % writes === 0 && times.length === 0) resolve();
        }
      };
      app.term.onWriteParsed(onFrame);
    });
    for (let i = 0; i < writes; i++) {
      times.push(performance.now());
      app.child.write(key);
      await pause(HELD_INTERVAL_MS);
    }
    await Promise.race([done, new Promise((r) => setTimeout(r, 2000))]);
  }
  // typing into search: each character re-runs the query and redraws the results
  app.child.write('/');
  await app.until((s) => s.includes('gateprep › Search'));
  const typing: number[] = [];
  for (const ch of 'lambda authorizer cache') {
    // a trailing space changes nothing visible; it is timed with the next character
    if (ch === ' ') {
      app.child.write(ch);
      continue;
    }
    const before = app.screen();
    typing.push(await timedPress(app, ch, (s) => s !== before));
  }
  await app.stop();
  const rows: Array<[string, number[]]> = [
    ['keystroke to frame p95, list move', single],
    ['keystroke to frame p95, held key (30 Hz)', held],
    ['keystroke to frame p95, typing in search', typing],
  ];
  return rows.map(([name, xs]) => {
    const p95 = percentile(xs, 95);
    return { name: `${name} (${xs.length} keys)`, value: p95, unit: 'ms', target: '<= 20 ms', pass: p95 <= 20 };
  });
}
