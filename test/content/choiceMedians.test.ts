/** choiceBalance's medians: numeric order (not text order), odd and even counts, averages per card. */
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { choiceBalance, shownLength } from '../../src/content/choiceBalance.js';
import { fuseMatcher, loadFuzzyMatcher, vocabulary } from '../../src/content/fuzzy.js';
import type { Choice } from '../../src/content/types.js';

const x = (n: number) => 'x'.repeat(n);
/** One single-answer card: a correct choice of `right` characters, wrong ones of the given lengths. */
const card = (right: number, ...wrong: number[]) => ({ choices: [{ text: x(right), correct: true }, ...wrong.map((n): Choice => ({ text: x(n), correct: false }))] });

describe('choiceBalance medians', () => {
  it('sorts lengths as numbers: the median of wrong averages 100, 9 and 10 is 10', () => {
    expect(choiceBalance([card(20, 100), card(20, 9), card(20, 10)]).single).toEqual({ cards: 3, longestShare: 2 / 3, medianRatio: 2 });
  });

  it('an even count takes the mean of the middle two, and a card\'s wrong lengths count as their average', () => {
    // wrong averages 40, 10, 30, 20 -> median 25; right 50, 5, 30, 15 -> median 22.5
    expect(choiceBalance([card(50, 40), card(5, 5, 15), card(30, 30), card(15, 10, 30)]).single).toEqual({ cards: 4, longestShare: 1 / 4, medianRatio: 22.5 / 25 });
  });

  it('a ratio over wrong choices with no shown text is 1', () => {
    expect(choiceBalance([{ choices: [{ text: 'x', correct: true }, { text: '**', correct: false }] }]).single).toEqual({ cards: 1, longestShare: 1, medianRatio: 1 });
  });

  it('shownLength drops Markdown marks and folds runs of spaces', () => {
    expect(shownLength('  a\t\n b  _c_ ')).toBe('a b c'.length);
  });
});

describe('the typo matcher, as loaded and at its limits', () => {
  it('loads fuse.js on first use and matches like fuseMatcher', async () => {
    const vocab = vocabulary(['cors', 'cost', 'cross', 'throttling']);
    const loaded = await loadFuzzyMatcher();
    expect(loaded('throtling', vocab)).toEqual([{ word: 'throttling', edits: 1 }]);
    expect(loaded('cros', vocab)).toEqual(fuseMatcher(Fuse)('cros', vocab));
  });

  it('allows one edit up to six letters and two from seven, best first, at most four', () => {
    const match = fuseMatcher(Fuse);
    const vocab = vocabulary(['stages', 'stagez', 'staged', 'stager', 'stagex', 'stagey', 'stag', 'st', 'stageing']);
    expect(match('stagee', vocab)).toEqual(['staged', 'stager', 'stages', 'stagex'].map((word) => ({ word, edits: 1 })));
    expect(match('stageng', vocab)[0]).toEqual({ word: 'stageing', edits: 1 });
    expect(match('sta', vocab)).toEqual([]);
  });
});
