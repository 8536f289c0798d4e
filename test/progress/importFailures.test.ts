/** What `gateprep import` and Progress > Data say when an import cannot be done: a folder given as
 * the file, a store that cannot open or refuses the change, a deck folder that is a file, a deck
 * named like a built-in one; and that .md is read as a deck, the other extensions as Anki text. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBackup } from '../../src/progress/backup.js';
import { importFile, type ImportDeps } from '../../src/progress/dataIn.js';
import { emptyProgress } from '../../src/progress/schema.js';
import type { ProgressStore } from '../../src/progress/store.js';
import { openProgress } from '../../src/progress/store.js';
import { contentDir } from '../../src/paths.js';
import { freshHome } from './helpers.js';

const deps = (home: string, store: ImportDeps['store'] = () => openProgress({ home })): ImportDeps => ({ home, contentDir: contentDir(), store });
const DECK = '---\ntopic: Alpha\n---\n## What is A?\n**Answer:**\nx\n';

function backup(home: string): string {
  const file = join(home, 'b.json');
  const data = emptyProgress();
  data.quizResults.push({ id: 'q1', at: 1, quiz: 'practice', total: 1, correct: 1, answers: [] });
  writeFileSync(file, JSON.stringify(buildBackup(data, [], 't', new Date(0))));
  return file;
}

describe('import refuses', () => {
  it('a folder named like a backup', () => {
    const home = freshHome();
    mkdirSync(join(home, 'x.json'));
    expect(importFile(join(home, 'x.json'), deps(home))).toEqual({ ok: false, problems: [], summary: `cannot read ${join(home, 'x.json')}: not a regular file` });
  });

  it('a backup when the store cannot be opened (the opener said why), or refuses the change', () => {
    const home = freshHome();
    const file = backup(home);
    expect(importFile(file, deps(home, () => null))).toEqual({ ok: false, problems: [], summary: '' });
    const refusing = { update: () => { throw new Error('Progress was opened read-only'); } } as unknown as ProgressStore;
    expect(importFile(file, deps(home, () => refusing))).toEqual({ ok: false, problems: [], summary: 'nothing was imported: Progress was opened read-only' });
  });

  it('a broken backup, naming the file', () => {
    const home = freshHome();
    const file = join(home, 'b.json');
    writeFileSync(file, '{"format":"other"}');
    expect(importFile(file, deps(home))).toEqual({ ok: false, problems: [`${file}: not a gateprep backup (its "format" is not "gateprep-backup")`], summary: '' });
  });

  it('a deck when the decks folder is a file: what failed, and that importing again completes it', () => {
    const home = freshHome();
    writeFileSync(join(home, 'decks'), 'not a folder');
    const file = join(home, 'mine.md');
    writeFileSync(file, DECK);
    expect(importFile(file, deps(home))).toEqual({
      ok: false,
      problems: [],
      summary: 'could not finish: EEXIST (what was written stays; importing again completes it, as import is idempotent)',
    });
  });

  it('a deck named like a built-in deck, on line 1', () => {
    const home = freshHome();
    const file = join(home, 'caching.md');
    writeFileSync(file, DECK);
    expect(importFile(file, deps(home))).toEqual({ ok: false, problems: [`${file}:1: a built-in deck is named caching.md: rename the file first`], summary: 'nothing was imported (1 problem).' });
  });
});

describe('import reads by extension', () => {
  it('.md as a deck, .csv (any case) as Anki text', () => {
    const home = freshHome();
    const md = join(home, 'a.md');
    writeFileSync(md, DECK);
    expect(importFile(md, deps(home)).summary).toBe(`Imported 1 card into ${join(home, 'decks', 'a.md')} (topic "Alpha").`);
    const csv = join(home, 'B.CSV');
    writeFileSync(csv, '#separator:tab\nWhat is B?\tThis.\nWhat is C?\tThat.\n');
    expect(importFile(csv, deps(home)).summary).toBe(`Imported 2 cards into ${join(home, 'decks', 'B.md')} (topic "B").`);
  });
});
