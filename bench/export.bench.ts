/** Your data in and out with 20,000 reviews: `gateprep export --format json` and `gateprep import`
 * of that file into an empty home (in-process, the commands themselves; target < 1 s each), and the
 * Progress screen's keystroke-to-frame p95 in a real pty with that history (target <= 20 ms). */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import exportCommand from '../src/commands/export.js';
import importCommand from '../src/commands/import.js';
import type { Command } from '../src/commands/types.js';
import { localDayKey } from '../src/progress/day.js';
import { openProgress } from '../src/progress/store.js';
import { PROGRESS_TABS } from '../src/ui/screens/Progress.js';
import { addHistory } from './history.js';
import { percentile, timeMs, timeMsAsync, type BenchRow } from './lib.js';
import { spawnInPty, timedPress } from './pty.js';

const REVIEWS = 20_000;
const root = join(import.meta.dirname, '..');

async function run(command: Command, home: string, args: string[], flags: { format?: string; out?: string } = {}) {
  const code = await command({ args, flags: { json: false, decks: [], ...flags }, contentDir: join(root, 'content'), homeDir: home, out: () => undefined, err: () => undefined });
  if (code !== 0) throw new Error(`${args.join(' ')}: exit ${code}`);
}

export default async function bench(): Promise<BenchRow[]> {
  const home = mkdtempSync(join(tmpdir(), 'gateprep-bench-'));
  const empty = mkdtempSync(join(tmpdir(), 'gateprep-bench-'));
  try {
    const library = JSON.parse(readFileSync(join(root, 'dist', 'library.json'), 'utf8')) as { decks: Array<{ cards: Array<{ id: string }> }> };
    const ids = library.decks.flatMap((d) => d.cards.map((c) => c.id));
    // with an interview date, so the Overview's count of cards not solid by then is in the measure
    openProgress({ home }).update((d) => {
      addHistory(d, ids, REVIEWS, Date.now());
      d.settings.interviewDate = localDayKey(Date.now() + 18 * 86_400_000);
    });
    const file = join(home, 'backup.json');
    const exportMs = await timeMsAsync(() => run(exportCommand, home, [], { format: 'json', out: file }));
    const importMs = await timeMsAsync(() => run(importCommand, empty, [file]));
    if (openProgress({ home: empty }).data.reviews.length !== REVIEWS) throw new Error('import lost reviews');
    // baseline, same run (this machine is shared and its load varies): a bare parse and print of the file
    const text = readFileSync(file, 'utf8');
    const bareMs = timeMs(() => JSON.stringify(JSON.parse(text), null, 1));

    const app = await spawnInPty(process.execPath, ['dist/cli.js', 'progress'], 'Due today', { GATEPREP_HOME: home });
    const keys: number[] = [];
    const rounds = 8 * PROGRESS_TABS.length; // with the 60 moves below, over 100 keys behind the p95
    for (let i = 0; i < rounds; i++) {
      const before = app.screen();
      keys.push(await timedPress(app, '\t', (s) => s !== before && s.includes('Progress')));
    }
    // the tabs went round eight times, back to Overview; one more opens the topic list, where the cursor moves
    await timedPress(app, '\t', (s) => s.includes('weakest first'));
    const before = () => /^› (.*)$/m.exec(app.screen())?.[1] ?? '';
    for (let i = 0; i < 60; i++) {
      const was = before();
      keys.push(await timedPress(app, i % 10 < 5 ? 'j' : 'k', () => before() !== was));
    }
    await app.stop();
    // baseline, same run and history: moving in the Library list
    const lib = await spawnInPty(process.execPath, ['dist/cli.js', 'library'], 'gateprep › Library', { GATEPREP_HOME: home });
    const libKeys: number[] = [];
    const sel = () => /^› (.*)$/m.exec(lib.screen())?.[1] ?? '';
    for (let i = 0; i < 110; i++) {
      const was = sel();
      libKeys.push(await timedPress(lib, i % 10 < 5 ? 'j' : 'k', () => sel() !== was));
    }
    await lib.stop();
    const p95 = percentile(keys, 95);
    const libP95 = percentile(libKeys, 95);
    const bare = { name: 'JSON.parse + stringify of the file', value: bareMs };
    const size = `${Math.round(text.length / 1e6)} MB`;
    return [
      { name: `export --format json, ${REVIEWS.toLocaleString('en-US')} reviews (${size})`, value: exportMs, unit: 'ms', baseline: bare, ratio: exportMs / bareMs, target: '< 1000 ms', pass: exportMs < 1000 },
      { name: `import of that file into an empty home`, value: importMs, unit: 'ms', baseline: bare, ratio: importMs / bareMs, target: '< 1000 ms', pass: importMs < 1000 },
      {
        name: `Progress keystroke to frame p95, ${REVIEWS.toLocaleString('en-US')} reviews (${keys.length} keys)`,
        value: p95,
        unit: 'ms',
        baseline: { name: 'Library list move p95', value: libP95 },
        ratio: p95 / libP95,
        target: '<= 20 ms',
        pass: p95 <= 20 && keys.length >= 100,
      },
    ];
  } finally {
    rmSync(home, { recursive: true, force: true });
    rmSync(empty, { recursive: true, force: true });
  }
}
