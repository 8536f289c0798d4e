/** The light stemmer and the typo distance at the lengths where their rules switch on. */
import { describe, expect, it } from 'vitest';
import { stem, typoDistance, words } from '../../src/content/words.js';

describe('stem', () => {
  it.each([
    ['policies', 'policy'], ['ties', 'tie'], // "ies" needs five letters
    ['plans', 'plan'], ['gas', 'gas'], ['class', 'class'], ['status', 'status'], // an "s" needs four letters, not "ss" or "us"
    ['caching', 'cach'], ['bring', 'bring'], ['running', 'run'], // "ing" needs six letters
    ['mocked', 'mock'], ['used', 'used'], ['added', 'add'], ['stopped', 'stop'], // "ed" needs five
    ['billing', 'bill'], ['passed', 'pass'], ['buzzing', 'buzz'], ['watt', 'watt'], // a doubled l, s, z stays; so does one no suffix made
    ['cache', 'cach'], ['free', 'free'], ['caches', 'cach'], // a final "e" goes from five letters
  ])('%s -> %s', (word, stemmed) => {
    expect(stem(word)).toBe(stemmed);
  });
});

describe('words', () => {
  it('lower-cases and splits on anything but ASCII letters and digits', () => {
    expect(words('Stage:Throttle 5XX_error café')).toEqual(['stage', 'throttle', '5xx', 'error', 'caf']);
    expect(words(' -- ')).toEqual([]);
  });
});

describe('typoDistance', () => {
  it('gives up at once when the lengths differ by more than the limit', () => {
    expect(typoDistance('ab', 'abcd', 1)).toBe(2);
    expect(typoDistance('ab', 'abc', 1)).toBe(1);
    expect(typoDistance('', 'ab', 2)).toBe(2);
  });

  it('counts a swap of the first two or the last two letters as one edit', () => {
    expect(typoDistance('ca', 'ac', 1)).toBe(1);
    expect(typoDistance('abcd', 'abdc', 1)).toBe(1);
    expect(typoDistance('cors', 'cors', 0)).toBe(0);
  });

  it('stops at the limit plus one once every cell of a row is past it', () => {
    expect(typoDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(typoDistance('abcdef', 'uvwxyz', 6)).toBe(6);
  });
});
