/** parseQuery over a small fixed lexicon: the exact slots a query is read into (splits, joins,
 * concepts, typo guesses), without the index around it. */
import { describe, expect, it } from 'vitest';
import { compileConcepts, NO_CONCEPTS } from '../../src/content/concepts.js';
import { vocabulary, type FuzzyMatch } from '../../src/content/fuzzy.js';
import { expand, parseQuery, type Lexicon } from '../../src/content/searchQuery.js';
import { stem } from '../../src/content/words.js';

/** A lexicon of these card words; a stem's frequency is 1 unless given; `typos` is what the typo matcher answers. */
function lexicon(surface: string[], opts: { freq?: Record<string, number>; typos?: FuzzyMatch[]; concepts?: Record<string, string[]> } = {}): Lexicon {
  const stems = new Set(surface.map(stem));
  return {
    has: (s) => stems.has(s),
    frequency: (s) => (stems.has(s) ? (opts.freq?.[s] ?? 1) : 0),
    prefixed: (p) => [...new Set(surface.filter((w) => w.startsWith(p) && w !== p).map(stem))],
    vocabulary: vocabulary(surface),
    fuzzy: opts.typos ? () => opts.typos! : undefined,
    concepts: opts.concepts ? compileConcepts({ phrases: opts.concepts }).map : NO_CONCEPTS,
  };
}

describe('a word run together is split in two known words', () => {
  it('at the middle, or the nearest place where both halves are known', () => {
    expect(parseQuery('apikey', lexicon(['api', 'key']))).toEqual({
      slots: [{ alts: [{ parts: [[]], quality: 1 }, { parts: [[['api', 1]], [['key', 1]]], quality: 0.9 }] }],
      comparison: false,
    });
    expect(parseQuery('usageplan', lexicon(['usage', 'plan'])).slots).toEqual([
      { alts: [{ parts: [[]], quality: 1 }, { parts: [[['usag', 1]], [['plan', 1]]], quality: 0.9 }] },
    ]);
  });

  it('not when the word itself is known, nor into a half shorter than three letters', () => {
    expect(parseQuery('apikey', lexicon(['api', 'key', 'apikey'])).slots).toEqual([{ alts: [{ parts: [[['apikey', 1]]], quality: 1 }] }]);
    expect(parseQuery('abcdefgh', lexicon(['ab', 'cdefgh', 'abcdefg', 'h'])).slots).toEqual([]);
  });
});

describe('two words that the cards write as one are joined', () => {
  it('the joined word is the first reading, the two words the second', () => {
    expect(parseQuery('web socket api', lexicon(['websocket', 'web', 'socket', 'api'])).slots).toEqual([
      { alts: [{ parts: [[['websocket', 1]]], quality: 1 }, { parts: [[['web', 1]], [['socket', 1]]], quality: 1 }] },
      { alts: [{ parts: [[['api', 1]]], quality: 1 }] },
    ]);
  });

  it('not across a stop word, nor when the cards do not have the joined word', () => {
    const one = (w: string) => ({ alts: [{ parts: [[[w, 1]]], quality: 1 }] });
    expect(parseQuery('web of socket', lexicon(['webof', 'web', 'socket'])).slots).toEqual([one('web'), one('socket')]);
    expect(parseQuery('web socket', lexicon(['web', 'socket'])).slots).toEqual([one('web'), one('socket')]);
  });
});

describe('a concept phrase', () => {
  const lex = lexicon(['throttling', 'usage', 'plan', 'rate', 'quota'], { concepts: { 'rate limit': ['throttling', 'usage plan', 'unknown thing'], rate: ['quota'] } });

  it('reads the longest phrase as one slot of the concept\'s words, dropping readings the cards lack', () => {
    expect(parseQuery('rate limit quota', lex).slots).toEqual([
      { alts: [{ parts: [[['throttl', 1]]], quality: 0.85 }, { parts: [[['usag', 1]], [['plan', 1]]], quality: 0.85 }] },
      { alts: [{ parts: [[['quota', 1]]], quality: 1 }] },
    ]);
  });

  it('keeps the learner\'s own words first when the cards have them', () => {
    expect(parseQuery('rate', lex).slots).toEqual([{ alts: [{ parts: [[['rate', 1]]], quality: 1 }, { parts: [[['quota', 1]]], quality: 0.85 }] }]);
  });
});

describe('typo guesses for a word the cards do not have', () => {
  const typos = (...m: Array<[string, number]>) => m.map(([word, edits]) => ({ word, edits }));

  it('keep the fewest-edit spellings not far rarer than the commonest, then weigh every guess by how common it is', () => {
    const lex = lexicon(['cors', 'cost', 'cross', 'coats'], { freq: { cor: 8, cost: 2, cross: 1, coat: 2 }, typos: typos(['cors', 1], ['cost', 1], ['nope', 1], ['cross', 1], ['coats', 2]) });
    // "cross" is also a prefix reading (0.8), and too rare (1 < 8 / 4) as a spelling
    expect(expand('cros', true, lex)).toEqual([
      ['cross', 0.8 * Math.sqrt(1 / 8)],
      ['cor', 0.7],
      ['cost', 0.7 * Math.sqrt(2 / 8)],
    ]);
  });

  it('two edits weigh 0.5, and spellings the cards lack are no guess', () => {
    expect(expand('abcdefg', false, lexicon(['abcdxyg', 'abxdefz'], { freq: { abcdxyg: 3, abxdefz: 3 }, typos: typos(['abcdxyg', 2], ['abxdefz', 2]) }))).toEqual([
      ['abcdxyg', 0.5],
      ['abxdefz', 0.5],
    ]);
    expect(expand('zzzz', true, lexicon(['cors'], { typos: typos(['unknown', 1]) }))).toEqual([]);
  });
});
