/** Exact rankings and scores on small fixed card sets: the top-k heap, ties, limits, the phrase
 * bonus, and the score of a query read only through a split. */
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse.js';
import { buildIndex } from '../../src/content/search.js';

const WEIGHT = { title: 10, tags: 8, question: 6, answer: 1.5 } as const;
type Field = keyof typeof WEIGHT;
const FIELD_OF: Field[] = ['answer', 'title', 'question', 'tags', 'question', 'answer', 'title'];

/** 40 cards, card i holding "zephyr" in one field only, by a fixed pattern. */
const many = Array.from({ length: 40 }, (_, i) => FIELD_OF[(i * 5) % FIELD_OF.length]!);
const manyCards = parseDeck(
  many
    .map((f, i) => {
      const title = f === 'title' ? `Zephyr number ${i}` : `Card ${i}`;
      return `## ${title}\n${f === 'question' ? '**Question:** Is zephyr here?\n' : ''}**Answer:** ${f === 'answer' ? 'A zephyr.' : 'Nothing.'}\n${f === 'tags' ? '**Tags:** zephyr\n' : ''}`;
    })
    .join('\n'),
  'many.md',
).cards;

describe('the best k of many cards', () => {
  const index = buildIndex(manyCards);
  // heavier field first; equal scores keep card order
  const expected = many.map((f, i) => ({ i, w: WEIGHT[f] })).sort((a, b) => b.w - a.w || a.i - b.i).map((e) => manyCards[e.i]!.title);

  it('are the first k of the full ranking, for every k', () => {
    expect(manyCards).toHaveLength(40);
    for (let k = 1; k <= 40; k++) expect(index.search('zephyr', k).map((h) => h.card.title), `k=${k}`).toEqual(expected.slice(0, k));
  });

  it('rank the same when the word is still being typed', () => {
    expect(index.search('zeph', 40).map((h) => h.card.title)).toEqual(expected);
    expect(index.search('numb', 40).map((h) => h.card.title)).toEqual(expected.filter((t) => t.startsWith('Zephyr number')));
  });

  it('are 20 by default, and none for a limit of 0', () => {
    expect(index.search('zephyr').map((h) => h.card.title)).toEqual(expected.slice(0, 20));
    expect(index.search('zephyr', 0)).toEqual([]);
  });

  it('do not carry over cards from the query before', () => {
    const cards = parseDeck('## Zephyr\n**Answer:** a\n\n## Quokka\n**Answer:** b\n', 'two.md').cards;
    const two = buildIndex(cards);
    expect(two.search('zephyr').map((h) => [h.card.title, h.score])).toEqual([['Zephyr', 1]]);
    expect(two.search('quokka').map((h) => [h.card.title, h.score])).toEqual([['Quokka', 1]]);
  });
});

describe('query words standing together', () => {
  // both words in every card's question: only where they stand together differs
  const cards = parseDeck(
    `## One
**Question:** Does a quokka zephyr exist?
**Answer:** Nothing.

## Two
**Question:** Zephyr or quokka?
**Answer:** The quokka zephyr.

## Three
**Question:** Zephyr, then quokka.
**Answer:** None.
`,
    'phrase.md',
  ).cards;

  it('lift a card 1.5 times in its title or question, 1.2 times in its answer', () => {
    const hits = buildIndex(cards).search('quokka zephyr');
    expect(hits.map((h) => [h.card.title, Number(h.score.toFixed(9))])).toEqual([
      ['One', 0.9],
      ['Two', 0.72],
      ['Three', 0.6],
    ]);
  });

  it('a phrase in the title counts as in the heading', () => {
    const titled = parseDeck('## Zephyr quokka\n**Question:** What?\n**Answer:** b\n\n## Quokka zephyr\n**Question:** What?\n**Answer:** a\n\n## Other\n**Answer:** c\n', 't.md').cards;
    const hits = buildIndex(titled).search('quokka zephyr');
    // both are perfect title matches, capped at 1; the phrase puts "Quokka zephyr" first, though it comes second in the deck
    expect(hits.map((h) => [h.card.title, h.score])).toEqual([
      ['Quokka zephyr', 1],
      ['Zephyr quokka', 1],
    ]);
  });
});

describe('a query read only through a split', () => {
  it('scores against a perfect title match of a word in every card, and gets no phrase bonus', () => {
    const [card] = parseDeck('## Card\n**Question:** A usage plan and its quota.\n**Answer:** a\n', 'split.md').cards;
    // no typo matcher: "usageplan" has no reading of its own, only usage + plan (0.9)
    const hits = buildIndex([card!]).search('usageplan quota');
    expect(hits.map((h) => [h.card.title, Number(h.score.toFixed(9))])).toEqual([['Card', 0.57]]); // (0.9 x 6 + 6) / (10 + 10)
  });
});
