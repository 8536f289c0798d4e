/**
 * First frame a user can act on: Home with its real figures ("… due now", "… reviewed today",
 * not "loading…"), with an empty home and with 20,000 reviews of history, against a minimal
 * Ink app bundled the same way. The history home is as the last session left it (with its
 * progress.summary.json); a third row starts it without one (after a kill or an upgrade), when
 * Home waits for the whole history to be parsed. Programs run one at a time, and which one starts first
 * alternates each round, so neither always gets the warmer cache. Memory is read at that frame.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadDecks } from '../src/content/load.js';
import { openProgress } from '../src/progress/store.js';
import { addReview } from '../src/progress/ops.js';
import { SUMMARY_NAME } from '../src/progress/names.js';
import { writeSummary } from '../src/progress/summaryFile.js';
import { createScheduler } from '../src/study/scheduler.js';
import { benchDir } from './disk.js';
import { median, type BenchRow } from './lib.js';
import { buildMinimal } from './minimal.js';
import { spawnInPty } from './pty.js';

const ROUNDS = 15;
const WARMUP = 2;
const DAY = 86_400_000;
/** Home once the progress store has opened: both figures drawn. */
const homeReady = (s: string) => /\d+ due now · \d+ new today/.test(s) && /reviewed today · /.test(s);

/** A home whose progress holds `reviews` reviews of the built-in cards over the last 180 days,
 * with the summary a session keeps on its way out (or none, as a killed session leaves it). */
function historyHome(reviews: number, summary: boolean): string {
  const home = mkdtempSync(join(benchDir(), 'gateprep-bench-'));
  const ids = loadDecks([join(process.cwd(), 'content', 'decks')]).cards.map((c) => c.id);
  const store = openProgress({ home });
  const sch = createScheduler();
  const end = Date.now();
  store.update((d) => {
    for (let i = 0; i < reviews; i++) {
      const id = ids[i % ids.length]!;
      addReview(d, sch.rate(id, d.cards[id], ((i % 4) + 1) as 1 | 2 | 3 | 4, new Date(end - 180 * DAY + Math.floor((i / reviews) * 180 * DAY))));
    }
  });
  if (summary && !writeSummary(store, new Date())) throw new Error('the summary was not written');
  return home;
}

interface Sample { ms: number; rss: number }

async function once(file: string, args: string[], ready: (s: string) => boolean, env: Record<string, string>): Promise<Sample> {
  const run = await spawnInPty(file, args, ready, env);
  const sample = { ms: run.firstFrameMs, rss: run.rssMb() };
  await run.stop();
  return sample;
}

export default async function startup(): Promise<BenchRow[]> {
  const minimal = await buildMinimal('ready');
  const homes: Array<[string, string, number, boolean?]> = [
    ['empty home', mkdtempSync(join(benchDir(), 'gateprep-bench-')), 1.3],
    ['20,000 reviews', historyHome(20_000, true), 1.5],
    ['20,000 reviews, no summary kept', historyHome(20_000, false), 2.5, true],
  ];
  const rows: BenchRow[] = [];
  for (const [label, home, target, dropSummary] of homes) {
    const app: Sample[] = [];
    const base: Sample[] = [];
    for (let i = 0; i < ROUNDS + WARMUP; i++) {
      const runApp = () => {
        // each start without the summary the one before kept on its way out
        if (dropSummary) rmSync(join(home, SUMMARY_NAME), { force: true });
        return once(process.execPath, ['dist/cli.js'], homeReady, { GATEPREP_HOME: home });
      };
      const runBase = () => once(process.execPath, [minimal], (s) => s.includes('minimal ink app ready'), {});
      const [a, b] = i % 2 === 0 ? [await runApp(), await runBase()] : [undefined, await runBase()];
      const pair = a ? { a, b } : { b, a: await runApp() };
      if (i >= WARMUP) {
        app.push(pair.a);
        base.push(pair.b);
      }
    }
    const ms = median(app.map((s) => s.ms));
    const baseMs = median(base.map((s) => s.ms));
    const rss = median(app.map((s) => s.rss));
    const baseRss = median(base.map((s) => s.rss));
    rows.push(
      {
        name: `first frame with Home's figures, ${label} (median of ${app.length})`,
        value: ms,
        unit: 'ms',
        baseline: { name: 'minimal Ink app', value: baseMs },
        ratio: ms / baseMs,
        target: `<= ${target}x`,
        pass: ms / baseMs <= target,
      },
      {
        name: `resident memory at that frame, ${label} (median)`,
        value: rss,
        unit: 'MB',
        baseline: { name: 'minimal Ink app', value: baseRss },
        ratio: rss / baseRss,
        target: label === 'empty home' ? '<= 1.5x' : '<= 2x',
        pass: rss / baseRss <= (label === 'empty home' ? 1.5 : 2),
      },
    );
  }
  return rows;
}
