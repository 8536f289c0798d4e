/** compileConcepts on files of the wrong shape, and keys that stem alike. */
import { describe, expect, it } from 'vitest';
import { compileConcepts } from '../../src/content/concepts.js';

const shape = 'c.json: expected an object with "phrases": { "learner phrase": ["concept words", ...] }';

describe('compileConcepts', () => {
  it.each([
    ['null', null],
    ['no phrases', {}],
    ['phrases null', { phrases: null }],
    ['phrases a list', { phrases: ['a'] }],
    ['phrases a string', { phrases: 'a' }],
  ])('%s: one error naming the file, and an empty map', (_what, data) => {
    expect(compileConcepts(data, 'c.json')).toEqual({ map: { byPhrase: new Map(), longest: 0 }, errors: [shape] });
  });

  it('merges keys that stem alike, drops repeated targets, and keeps the longest key length', () => {
    const { map, errors } = compileConcepts({ phrases: { 'Rate limit': ['throttling'], 'rate limits': ['Throttled', 'usage plans'], 'too many requests': ['throttling'] } }, 'c.json');
    expect(errors).toEqual([]);
    expect(map).toEqual({
      byPhrase: new Map([
        ['rate limit', [['throttl'], ['usag', 'plan']]],
        ['too many request', [['throttl']]],
      ]),
      longest: 3,
    });
  });

  it('names each bad entry: no words in the key, targets not a list, empty, or without words', () => {
    const { map, errors } = compileConcepts({ phrases: { '!!': ['a'], one: 'a', two: [], three: ['ok', 3], four: ['...'], five: ['fine'] } }, 'c.json');
    expect(errors).toEqual(['!!', 'one', 'two', 'three', 'four'].map((k) => `c.json: "${k}" must map words to a non-empty list of phrases`));
    expect(map).toEqual({ byPhrase: new Map([['five', [['fine']]]]), longest: 1 });
  });
});
