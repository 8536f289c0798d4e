/** The JSON backup: export, then import merges: idempotent, never loses a review, refuses a newer
 * version, and a failed import changes nothing. */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import exportCommand from '../../src/commands/export.js';
import importCommand from '../../src/commands/import.js';
import stats from '../../src/commands/stats.js';
import { BACKUP_VERSION, buildBackup, mergeBackup } from '../../src/progress/backup.js';
import { addReview } from '../../src/progress/ops.js';
import { emptyProgress, type ProgressData } from '../../src/progress/schema.js';
import { openProgress } from '../../src/progress/store.js';
import { createScheduler } from '../../src/study/scheduler.js';
import { runIn, tempHome } from './run.js';
import { runs } from '../runs.js';

const sch = createScheduler();
const CARD = 'caching#what-does-api-gateway-use-as-the-cache-key';
const T0 = Date.UTC(2026, 0, 5, 9);

function studied(home: string, n: number, start = T0) {
  const store = openProgress({ home });
  for (let i = 0; i < n; i++) {
    const card = `caching#card-${i % 3}`;
    store.review(card, (s) => sch.rate(card, s, ((i % 4) + 1) as 1 | 2 | 3 | 4, new Date(start + i * 3_600_000)));
  }
  store.addQuizResult({ id: 'q1', at: start, quiz: 'practice: Caching', total: 4, correct: 3, answers: [] });
  store.addStagePrediction('throttle', true, start);
  store.setSettings({ desiredRetention: 0.93 });
  return store;
}

describe('export --format json, then import', () => {
  it('--out in a folder that does not exist says which folder (it said ENOENT)', async () => {
    const home = tempHome();
    const out = join(home, 'no-such-folder', 'backup.json');
    const r = await runIn(exportCommand, home, [], { format: 'json', out });
    expect(r.code).toBe(1);
    expect(r.err).toBe(`gateprep: cannot write ${out}: the folder ${join(home, 'no-such-folder')} does not exist\n`);
  });

  it('writes a versioned file with reviews, settings, quizzes, predictions and saved scenarios', async () => {
    const home = tempHome();
    studied(home, 5);
    mkdirSync(join(home, 'scenarios'));
    writeFileSync(join(home, 'scenarios', 'mine.json'), '{"name":"mine"}\n');
    const out = join(home, 'backup.json');
    const r = await runIn(exportCommand, home, [], { format: 'json', out });
    expect(r).toMatchObject({ code: 0, err: `Wrote ${out}: 5 reviews, 1 quiz, 1 scenario.\n` });
    const b = JSON.parse(readFileSync(out, 'utf8'));
    expect(b).toMatchObject({ format: 'gateprep-backup', version: BACKUP_VERSION, settings: { desiredRetention: 0.93 }, simulator: { throttle: { attempts: 1, correct: 1 } } });
    expect(b.reviews).toHaveLength(5);
    expect(b.scenarios).toEqual([{ file: 'mine.json', text: '{"name":"mine"}\n' }]);
  });

  it('into an empty home gives the same stats; a second import changes nothing', async () => {
    const a = tempHome();
    studied(a, 12, Date.now() - 20 * 3_600_000);
    const file = join(a, 'backup.json');
    await runIn(exportCommand, a, [], { format: 'json', out: file });
    const b = tempHome();
    const first = await runIn(importCommand, b, [file]);
    expect(first.code).toBe(0);
    expect(first.out).toBe(`Imported from ${file}: 12 new reviews, 3 card schedules, 1 quiz, 1 simulator stage, 0 scenarios, settings.\n`);
    const statsOf = async (home: string) => (await runIn(stats, home, [], { json: true })).out;
    expect(await statsOf(b)).toBe(await statsOf(a));
    const again = await runIn(importCommand, b, [file]);
    expect(again.out).toBe(`${file}: already imported, nothing changed.\n`);
    expect(openProgress({ home: b }).data.reviews).toHaveLength(12);
  });

  it('refuses a file from a newer version, and a broken file, changing nothing', async () => {
    const home = tempHome();
    studied(home, 2);
    const before = JSON.stringify(openProgress({ home }).data);
    const newer = join(home, 'newer.json');
    writeFileSync(newer, JSON.stringify({ format: 'gateprep-backup', version: BACKUP_VERSION + 1, reviews: [] }));
    const r = await runIn(importCommand, home, [newer]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${newer}: made by a newer gateprep (backup version ${BACKUP_VERSION + 1}; this one reads up to ${BACKUP_VERSION}): update gateprep, nothing was imported\n`);
    const broken = join(home, 'broken.json');
    writeFileSync(broken, '{\n  "format": "gateprep-backup",\n  "version": 1,\n  oops\n}');
    const b = await runIn(importCommand, home, [broken]);
    expect(b.err).toBe(`${broken}: not valid JSON at line 4, column 3: unexpected "o"\n`);
    // a file cut short: Node's message has no position, and it said only "not valid JSON"
    const cut = join(home, 'cut.json');
    writeFileSync(cut, '{\n  "format": "gateprep-backup",\n  "reviews": [');
    expect((await runIn(importCommand, home, [cut])).err).toBe(`${cut}: not valid JSON at line 3, column 15: the text ends too early\n`);
    const bad = join(home, 'bad.json');
    const valid = buildBackup(openProgress({ home }).data, [], 't', new Date());
    writeFileSync(bad, JSON.stringify({ ...valid, reviews: [...valid.reviews, { id: 'x', card: 'c', at: -1 }] }));
    const c = await runIn(importCommand, home, [bad]);
    expect(c.err).toMatch(/bad\.json: reviews\.2\.at: /);
    expect(JSON.stringify(openProgress({ home }).data)).toBe(before);
    expect(readdirSync(home).filter((f) => f.startsWith('progress.json.bad'))).toEqual([]);
  });
});

/** Two histories that may share reviews (the same id means the same review). */
const history = fc.array(fc.record({ card: fc.constantFrom('d#a', 'd#b', 'd#c'), rating: fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>, at: fc.integer({ min: 0, max: 1000 }) }), { maxLength: 15 });

function build(list: Array<{ card: string; rating: 1 | 2 | 3 | 4; at: number }>, shared: ProgressData | null, after = 0): ProgressData {
  const d = shared ? structuredClone(shared) : emptyProgress();
  for (const r of [...list].sort((x, y) => x.at - y.at)) addReview(d, sch.rate(r.card, d.cards[r.card], r.rating, new Date(T0 + 3600_000 * (r.at + after))));
  return d;
}

describe('mergeBackup (property)', () => {
  it('for any two histories: no review is lost, and merging again changes nothing', () => {
    fc.assert(
      fc.property(history, history, history, (common, mine, theirs) => {
        const base = build(common, null);
        const a = build(mine, base, 1001);
        const b = build(theirs, base, 1001);
        const merged = structuredClone(a);
        mergeBackup(merged, buildBackup(b, [], 't', new Date(T0)));
        const ids = new Set(merged.reviews.map((r) => r.id));
        for (const r of [...a.reviews, ...b.reviews]) expect(ids.has(r.id)).toBe(true);
        expect(merged.reviews).toHaveLength(new Set([...a.reviews, ...b.reviews].map((r) => r.id)).size);
        const once = JSON.stringify(merged);
        const counts = mergeBackup(merged, buildBackup(b, [], 't', new Date(T0)));
        expect(JSON.stringify(merged)).toBe(once);
        expect(counts).toEqual({ reviews: 0, quizzes: 0, cards: 0, stages: 0, leeches: 0, settings: false });
      }),
      { numRuns: runs(150) },
    );
  });
});
