/** Opening the store removes the temp files a killed write left, once they are a minute old, and
 * nothing else. */
import { readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeOldTemps } from '../../src/progress/file.js';
import { openProgress } from '../../src/progress/store.js';
import { freshHome } from './helpers.js';

const put = (home: string, name: string, ageMs: number) => {
  writeFileSync(join(home, name), 'x');
  const t = new Date(Date.now() - ageMs);
  utimesSync(join(home, name), t, t);
};

describe('old temp files', () => {
  it('open removes the progress, journal and summary temps older than a minute, and keeps the rest', () => {
    const home = freshHome();
    put(home, 'progress.json.tmp-1-aa', 120_000);
    put(home, 'progress.journal.tmp-1-bb', 120_000);
    put(home, 'progress.summary.json.tmp-1-cc', 120_000);
    put(home, 'progress.json.tmp-2-dd', 5_000); // a write of another process, still going
    put(home, 'notes.tmp-1-ee', 120_000);
    openProgress();
    expect(readdirSync(home).sort()).toEqual(['notes.tmp-1-ee', 'progress.json.tmp-2-dd']);
  });

  it('a folder that cannot be listed is left alone', () => {
    expect(() => removeOldTemps(join(freshHome(), 'missing'), ['x'])).not.toThrow();
  });
});
