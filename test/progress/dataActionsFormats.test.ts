/** Progress > Data for each format: the JSON backup and the .apkg written where the user typed, an
 * export that fails before writing, and imports of a backup and of a deck (only a new deck is told
 * to wait for the next start). */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportWouldReplace, runDataAction } from '../../src/progress/dataActions.js';
import type { ProgressStore } from '../../src/progress/store.js';
import { openProgress } from '../../src/progress/store.js';
import { contentDir } from '../../src/paths.js';
import { ROOT } from '../cli/run.js';
import { deck } from '../study/cards.js';
import { freshHome } from './helpers.js';

const now = new Date('2026-12-02T10:00:00Z');
const NEXT_START = 'The deck is in your library from the next start of gateprep.';
const DECK = '---\ntopic: Alpha\n---\n## What is A?\n**Answer:**\nx\n';

function deps() {
  freshHome();
  const userHome = mkdtempSync(join(tmpdir(), 'gateprep-user-'));
  return { cards: deck('d', 3), store: openProgress(), contentDir: contentDir(), now, userHome };
}

describe('runDataAction exports', () => {
  it('json: the backup of the store, with the app version, and what it holds', async () => {
    const d = deps();
    d.store.addQuizResult({ id: 'q1', at: now.getTime(), quiz: 'practice', total: 2, correct: 1, answers: [] });
    const r = await runDataAction('json', '~/b.json', d);
    const out = join(d.userHome, 'b.json');
    expect(r).toEqual({ ok: true, lines: [`Exported 0 reviews, 1 quiz, 0 scenarios to ${out}.`] });
    const b = JSON.parse(readFileSync(out, 'utf8'));
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect([b.format, b.app, b.exportedAt, b.quizResults.length]).toEqual(['gateprep-backup', version, now.toISOString(), 1]);
  });

  it('apkg: an Anki package (a zip), with the notes and reviews counted and the Anki hint', async () => {
    const d = deps();
    const r = await runDataAction('apkg', '~/cards.apkg', d);
    const out = join(d.userHome, 'cards.apkg');
    expect(r).toEqual({ ok: true, lines: [`Exported 3 notes, 0 reviews in the revlog to ${out}.`, 'Anki: File > Import.'] });
    expect([...readFileSync(out).subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it('an export that fails says why and writes nothing', async () => {
    const d = deps();
    // data the backup cannot hold: JSON has no big integers
    const store = { dir: d.store.dir, data: { ...d.store.data, quizResults: [{ id: 'q', at: 1n }] } } as unknown as ProgressStore;
    const out = join(d.userHome, 'b.json');
    expect(await runDataAction('json', out, { ...d, store })).toEqual({ ok: false, lines: ['Nothing was exported: Do not know how to serialize a BigInt'] });
    expect(existsSync(out)).toBe(false);
  });

  it('asks before replacing only a file that is there, with ~ expanded', () => {
    const d = deps();
    writeFileSync(join(d.userHome, 'there.txt'), 'x');
    expect(exportWouldReplace('~/there.txt', d.userHome)).toBe(true);
    expect(exportWouldReplace(`  ${join(d.userHome, 'there.txt')}  `, d.userHome)).toBe(true);
    expect(exportWouldReplace('~/missing.txt', d.userHome)).toBe(false);
    expect(exportWouldReplace('   ', d.userHome)).toBe(false);
    expect(exportWouldReplace('', d.userHome)).toBe(false);
  });
});

describe('runDataAction imports', () => {
  it('refuses an empty path with the import wording', async () => {
    expect(await runDataAction('import', ' ', deps())).toEqual({ ok: false, lines: ['Type the path of the file to import.'] });
  });

  it('a broken backup: only the problem, naming the file', async () => {
    const d = deps();
    const file = join(d.userHome, 'broken.json');
    writeFileSync(file, '{"format":"other"}');
    expect(await runDataAction('import', file, d)).toEqual({ ok: false, lines: [`${file}: not a gateprep backup (its "format" is not "gateprep-backup")`] });
  });

  it('a new deck is in the library from the next start; the same deck again changes nothing', async () => {
    const d = deps();
    const file = join(d.userHome, 'mine.md');
    writeFileSync(file, DECK);
    const target = join(d.store.dir, 'decks', 'mine.md');
    expect(await runDataAction('import', file, d)).toEqual({ ok: true, lines: [`Imported 1 card into ${target} (topic "Alpha").`, NEXT_START] });
    expect(await runDataAction('import', file, d)).toEqual({ ok: true, lines: [`${target} already holds these 1 cards: nothing changed.`] });
  });

  it('a deck with problems lists them and then the summary, with no word of a next start', async () => {
    const d = deps();
    const file = join(d.userHome, 'rows.txt');
    writeFileSync(file, 'What?\tThis.\nfront only\n');
    expect(await runDataAction('import', file, d)).toEqual({ ok: false, lines: [`${file}:2: needs a front and a back separated by a tab`, 'nothing was imported (1 problem).'] });
  });

  it('a backup, whatever the case of its extension, is merged now: no word of a next start', async () => {
    const d = deps();
    const source = deps();
    source.store.addQuizResult({ id: 'q1', at: now.getTime(), quiz: 'practice', total: 2, correct: 1, answers: [] });
    const file = join(d.userHome, 'B.JSON');
    await runDataAction('json', file, source);
    expect(await runDataAction('import', file, d)).toEqual({ ok: true, lines: [`Imported from ${file}: 0 new reviews, 0 card schedules, 1 quiz, 0 simulator stages, 0 scenarios.`] });
    expect(d.store.data.quizResults.map((q) => q.id)).toEqual(['q1']);
  });
});
