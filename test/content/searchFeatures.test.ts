/** One test per thing search reads into a query: aliases, concepts, comparisons, splits, joins, typos. */
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { compileConcepts, stems } from '../../src/content/concepts.js';
import { fuseMatcher, vocabulary } from '../../src/content/fuzzy.js';
import { parseDeck } from '../../src/content/parse.js';
import { buildIndex } from '../../src/content/search.js';
import { builtinConcepts } from '../../src/content/searchLoad.js';
import { typoDistance } from '../../src/content/words.js';

const cards = parseDeck(
  `## 1. Throttling limits
**Answer:** The token bucket refills at the rate.
**Tags:** throttling

## 2. Usage plan quota
**Answer:** A quota counts requests per day or month.
**Aliases:** monthly cap, flood

## 3. CloudWatch alarms on errors
**Answer:** Alarm on the 5XXError metric.

## 4. REST API vs HTTP API
**Answer:** Pick by features.

## 5. REST API features that differ between stages
**Answer:** Stage variables and HTTP integration settings.

## 6. WebSocket routes
**Answer:** The $connect route runs first.

## 7. Mock integration
**Answer:** API Gateway answers from a mapping template.
`,
  'syn.md',
).cards;
const concepts = compileConcepts({ phrases: { alert: ['alarm'], 'canned response': ['mock'], 'rate limit': ['throttling', 'usage plan'] } });
const index = buildIndex(cards, { fuzzy: fuseMatcher(Fuse), concepts: concepts.map });
const titles = (q: string, n = 3) => index.search(q, n).map((h) => h.card.title);

describe('search reads a query the way a learner means it', () => {
  it('finds a card by its aliases, below a title match', () => {
    expect(titles('monthly cap')[0]).toBe('Usage plan quota');
    expect(titles('flood')).toEqual(['Usage plan quota']);
    const pair = parseDeck('## Monthly limits\n**Answer:** a\n**Aliases:** cap\n\n## The cap\n**Answer:** b\n\n## Other\n**Answer:** a cap\n', 'p.md').cards;
    expect(buildIndex(pair).search('cap').map((h) => h.card.title)).toEqual(['The cap', 'Monthly limits', 'Other']);
  });

  it('maps learner words to concept words, keeping the learner\'s own words as one reading', () => {
    expect(titles('alert on errors')[0]).toBe('CloudWatch alarms on errors');
    expect(titles('canned response')).toEqual(['Mock integration']);
    expect(titles('rate limit', 2).sort()).toEqual(['Throttling limits', 'Usage plan quota']);
  });

  it('does not let comparison words pull in cards: "rest vs http" puts the comparing card first', () => {
    expect(titles('rest vs http')[0]).toBe('REST API vs HTTP API');
    expect(titles('difference between rest and http')[0]).toBe('REST API vs HTTP API');
    expect(titles('vs')).toEqual(['REST API vs HTTP API']); // alone, it is the word searched for
  });

  it('joins a word split in two and splits two words run together', () => {
    expect(titles('web socket')[0]).toBe('WebSocket routes');
    expect(titles('thrott ling')[0]).toBe('Throttling limits');
    expect(titles('usageplan')[0]).toBe('Usage plan quota');
  });

  it('finds words with a swapped, dropped, doubled or changed letter', () => {
    for (const typo of ['trhottling', 'throtling', 'throttlling', 'thrittling']) expect(titles(typo)[0], typo).toBe('Throttling limits');
    for (const typo of ['alrams', 'alarsm']) expect(titles(typo)[0], typo).toBe('CloudWatch alarms on errors');
  });

  it('leaves short words alone: no typo guesses below four letters', () => {
    expect(titles('apo')).toEqual([]);
    expect(titles('rst')).toEqual([]);
  });
});

describe('the typo matcher', () => {
  it('counts a swap as one edit, and stops early past the limit', () => {
    expect(typoDistance('cros', 'cors', 2)).toBe(1);
    expect(typoDistance('cahce', 'cache', 2)).toBe(1);
    expect(typoDistance('throtling', 'throttling', 2)).toBe(1);
    expect(typoDistance('abc', 'xyz', 1)).toBe(2);
    expect(typoDistance('kitten', 'sitting', 5)).toBe(3);
  });

  it('looks only at words of the same first letter (or the first two swapped) and near length', () => {
    const match = fuseMatcher(Fuse);
    const vocab = vocabulary(['cors', 'cost', 'cross', 'course', 'rcors', 'ocrs', 'throttling']);
    expect(match('cros', vocab).map((m) => m.word).sort()).toEqual(['cors', 'cross']);
    expect(match('rcos', vocab).map((m) => m.word)).toEqual(['rcors']); // 'cors' is two edits from 'rcos'
    expect(match('ocrs', vocab).map((m) => m.word)).toEqual(['cors']); // 'ocrs' itself (no edit) is no typo
    expect(match('cor', vocab)).toEqual([]);
  });
});

describe('the concept map', () => {
  it('ships valid, with the phrases issue 14 names', () => {
    const { map, errors } = builtinConcepts();
    expect(errors).toEqual([]);
    expect(map.byPhrase.get('flood')).toEqual([['throttl'], ['usag', 'plan']]);
    for (const key of ['rate limit', 'alert', 'canned response', 'record every request']) expect(map.byPhrase.has(stems(key).join(' ')), key).toBe(true);
  });

  it('names the file and the key of a bad entry', () => {
    expect(compileConcepts({ phrases: { ok: ['a'], bad: [] } }, 'c.json').errors).toEqual(['c.json: "bad" must map words to a non-empty list of phrases']);
    expect(compileConcepts([], 'c.json').errors[0]).toMatch(/^c\.json: expected an object with "phrases"/);
  });
});
