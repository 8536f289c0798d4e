/** Number choices (burst questions): named candidates first, then the nearest numbers from 0 to max, never the answer twice. */
import { describe, expect, it } from 'vitest';
import { rng } from '../../../src/gateway/questions.js';
import { numberChoices } from '../../../src/gateway/questions/wording.js';

const texts = (correct: number, candidates: number[], max: number, n = 4) => numberChoices(rng(1), correct, candidates, max, n).map((c) => `${c.text}${c.correct ? '*' : ''}`);

describe('numberChoices', () => {
  it('with no candidates, the nearest numbers, one above before one below', () => {
    expect(texts(5, [], 10)).toEqual(['5*', '6', '4', '7']);
    expect(texts(5, [], 10, 8)).toEqual(['5*', '6', '4', '7', '3', '8', '2', '9']);
  });
  it('never below 0 nor above max', () => {
    expect(texts(0, [], 2)).toEqual(['0*', '1', '2']);
    expect(texts(2, [], 2)).toEqual(['2*', '1', '0']);
    expect(texts(1, [-4, 9, 1], 2)).toEqual(['1*', '2', '0']);
  });
  it('named candidates in range come before the near ones, in a seeded order', () => {
    expect(texts(5, [9, 0, 5], 10)).toEqual(['5*', '9', '0', '6']);
  });
});
