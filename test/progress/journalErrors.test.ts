/** A journal that cannot be opened for another reason than being absent is an error, not an empty journal. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJournal } from '../../src/progress/journal.js';
import { freshHome } from './helpers.js';

describe('readJournal errors', () => {
  it('a path through a file throws ENOTDIR', () => {
    const home = freshHome();
    writeFileSync(join(home, 'file'), 'x');
    expect(() => readJournal(join(home, 'file', 'progress.journal'), 'g1', 0)).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
  });

  it('a header whose generation is not a string is not a header', () => {
    const p = join(freshHome(), 'progress.journal');
    writeFileSync(p, '{"gen":5}\n');
    expect(readJournal(p, 'g1', 0)).toEqual({ gen: null, ops: [], end: 10, bad: 'its first line is not a journal header' });
  });
});
