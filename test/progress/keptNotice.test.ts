/** What Home says on its first frame about work kept from an earlier run. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keptNotices } from '../../src/progress/keptNotice.js';
import { freshHome } from './helpers.js';

const put = (home: string, name: string, value: unknown) => writeFileSync(join(home, name), typeof value === 'string' ? value : JSON.stringify(value));
const exam = (questions: number, remainingMs: unknown) => ({ version: 1, remainingMs, session: { questions: Array.from({ length: questions }, () => ({})) } });

describe('keptNotices', () => {
  it('says nothing for a home with no kept work', () => {
    expect(keptNotices(freshHome())).toEqual([]);
  });

  it('names the questions and the minutes left of an unfinished exam, then a simulator draft', () => {
    const home = freshHome();
    put(home, 'unfinished-exam.json', exam(12, 14.6 * 60_000));
    put(home, 'simulator-draft.json', { scenario: {} });
    expect(keptNotices(home)).toEqual([
      'An unfinished exam (12 questions, about 15 min left) was kept: open Quiz to resume it.',
      'Unsaved simulator changes were kept: open the Simulator to restore them.',
    ]);
  });

  it('rounds less than a minute left up to 1 min', () => {
    const home = freshHome();
    put(home, 'unfinished-exam.json', exam(3, 10_000));
    expect(keptNotices(home)).toEqual(['An unfinished exam (3 questions, about 1 min left) was kept: open Quiz to resume it.']);
  });

  it('ignores files that are not JSON objects of the right shape', () => {
    const home = freshHome();
    put(home, 'unfinished-exam.json', { version: 1, session: { questions: 'many' } });
    put(home, 'simulator-draft.json', '[1, 2]');
    expect(keptNotices(home)).toEqual([]);
    put(home, 'unfinished-exam.json', { version: 1, session: 'none' });
    put(home, 'simulator-draft.json', '{"cut off');
    expect(keptNotices(home)).toEqual([]);
  });
});
