import { describe, expect, it } from 'vitest';
import { choiceBalance, clearlyLongest, shownLength } from '../../src/content/choiceBalance.js';
import type { Choice } from '../../src/content/types.js';

const right = (text: string): Choice => ({ text, correct: true });
const wrong = (text: string): Choice => ({ text, correct: false });
const x = (n: number) => 'x'.repeat(n);

describe('clearlyLongest', () => {
  it('flags a correct choice 1.3 times and 15 characters longer than every wrong one', () => {
    expect(clearlyLongest([wrong(x(40)), right(x(55)), wrong(x(10))])).toBe(
      'the correct choice is clearly the longest (55 characters; the longest wrong one has 40): make the wrong choices as specific, or the right one shorter',
    );
  });

  it('does not flag a short pair ("429" vs "403") nor long choices of nearly equal length', () => {
    expect(clearlyLongest([wrong('403'), right('429 Too Many')])).toBeUndefined(); // 4x but 9 characters more
    expect(clearlyLongest([wrong(x(100)), right(x(125))])).toBeUndefined(); // 25 more but 1.25x
    expect(clearlyLongest([wrong(x(40)), right(x(54))])).toBeUndefined(); // 14 more
  });

  it('flags a select-TWO card when either correct choice stands out, and counts shown text only', () => {
    expect(clearlyLongest([right(x(10)), right(x(60)), wrong(x(20)), wrong(x(30))])).toMatch(/60 characters; the longest wrong one has 30/);
    expect(shownLength('`**STREAM**`  mode')).toBe('STREAM mode'.length);
    expect(clearlyLongest([wrong(x(40)), right(`\`${x(42)}\` **${x(8)}**`)])).toBeUndefined();
  });
});

describe('choiceBalance', () => {
  it('gives the share of cards whose correct choice is strictly the longest and the median ratio', () => {
    const cards = [
      { choices: [right(x(30)), wrong(x(10)), wrong(x(20))] }, // longest; wrong average 15
      { choices: [right(x(10)), wrong(x(10)), wrong(x(30))] }, // a tie is not strictly longest; average 20
      { choices: [right(x(20)), wrong(x(30)), wrong(x(30))] }, // average 30
      { choices: [right(x(5)), right(x(50)), wrong(x(10)), wrong(x(20))] }, // select TWO, not both longest
      { choices: [] },
    ];
    const b = choiceBalance(cards);
    expect(b.single).toEqual({ cards: 3, longestShare: 1 / 3, medianRatio: 20 / 20 });
    expect(b.selectTwo).toEqual({ cards: 1, longestShare: 0, medianRatio: 27.5 / 15 });
  });

  it('counts a select-TWO card as "longest" only when both correct choices beat every wrong one', () => {
    const b = choiceBalance([{ choices: [right(x(31)), right(x(40)), wrong(x(30)), wrong(x(10))] }]);
    expect(b.selectTwo.longestShare).toBe(1);
    expect(choiceBalance([]).single).toEqual({ cards: 0, longestShare: 0, medianRatio: 1 });
  });
});
