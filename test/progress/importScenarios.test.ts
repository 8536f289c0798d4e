/** A backup's saved scenarios on import: a name already holding something else gets "-imported",
 * then "-imported-2"; a scenario already there (under any of those names) is not written again. */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBackup } from '../../src/progress/backup.js';
import { importFile } from '../../src/progress/dataIn.js';
import { emptyProgress } from '../../src/progress/schema.js';
import { openProgress } from '../../src/progress/store.js';
import { contentDir } from '../../src/paths.js';
import { freshHome } from './helpers.js';

function backupFile(home: string, scenarios: Array<{ file: string; text: string }>): string {
  const file = join(home, 'backup.json');
  writeFileSync(file, JSON.stringify(buildBackup(emptyProgress(), scenarios, 't', new Date(0))));
  return file;
}

const importInto = (home: string, file: string) => importFile(file, { home, contentDir: contentDir(), store: () => openProgress({ home }) });

describe('importing a backup\'s scenarios', () => {
  it('keeps the scenarios there and writes the others beside them under a free name', () => {
    const home = freshHome();
    const dir = join(home, 'scenarios');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.json'), 'mine');
    writeFileSync(join(dir, 'a-imported.json'), 'older import');
    writeFileSync(join(dir, 'c.json'), 'same');
    const file = backupFile(home, [
      { file: 'a.json', text: 'theirs' },
      { file: 'b.json', text: 'new' },
      { file: 'c.json', text: 'same' },
      { file: 'v.json2.json', text: 'odd' },
    ]);
    writeFileSync(join(dir, 'v.json2.json'), 'other');
    expect(importInto(home, file)).toEqual({ ok: true, problems: [], summary: `Imported from ${file}: 0 new reviews, 0 card schedules, 0 quizzes, 0 simulator stages, 3 scenarios.` });
    const files = Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
    expect(files).toEqual({
      'a-imported-2.json': 'theirs',
      'a-imported.json': 'older import',
      'a.json': 'mine',
      'b.json': 'new',
      'c.json': 'same',
      'v.json2-imported.json': 'odd',
      'v.json2.json': 'other',
    });
    // again: each is found under the name it was given, nothing is written
    expect(importInto(home, file)).toEqual({ ok: true, problems: [], summary: `${file}: already imported, nothing changed.` });
    expect(readdirSync(dir)).toHaveLength(7);
  });

  it('one scenario is "1 scenario"; a backup without any makes no scenarios folder', () => {
    const home = freshHome();
    expect(importInto(home, backupFile(home, [{ file: 'x.json', text: '{}' }])).summary).toMatch(/, 1 scenario\.$/);
    const empty = freshHome();
    expect(importInto(empty, backupFile(empty, [])).summary).toBe(`${join(empty, 'backup.json')}: already imported, nothing changed.`);
    expect(existsSync(join(empty, 'scenarios'))).toBe(false);
  });
});
