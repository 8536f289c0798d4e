/**
 * Search field weights, one at a time, and the coverage penalty. Each card carries the query word in
 * one field only (a title-less question defaults to the heading, so the question card has its own
 * heading), and every word has the same number of cards, so the score ratios are the weight ratios:
 * title 10, tags 8, question 6, answer 1.5.
 */
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse.js';
import { buildIndex } from '../../src/content/search.js';

const cards = parseDeck(
  `## 1. Zephyr alone
**Answer:** Nothing else.

## 2. Second card
**Answer:** Nothing else.
**Tags:** zephyr

## 3. Third card
**Question:** What does a zephyr do?
**Answer:** Nothing else.

## 4. Fourth card
**Answer:** A zephyr, nothing else.
`,
  'weights.md',
).cards;

describe('search field weights', () => {
  const hits = buildIndex(cards).search('zephyr');
  const score = (title: string) => hits.find((h) => h.card.title === title)!.score;

  it('ranks title, tags, question, answer in that order', () => {
    expect(hits.map((h) => h.card.title)).toEqual(['Zephyr alone', 'Second card', 'Third card', 'Fourth card']);
  });

  it('a title match is a perfect score', () => {
    expect(score('Zephyr alone')).toBeCloseTo(1, 6);
  });

  it('tags weigh 8/10 of a title', () => {
    expect(score('Second card') / score('Zephyr alone')).toBeCloseTo(0.8, 6);
  });

  it('the question weighs 6/10 of a title', () => {
    expect(score('Third card') / score('Zephyr alone')).toBeCloseTo(0.6, 6);
  });

  it('the answer weighs 1.5/10 of a title', () => {
    expect(score('Fourth card') / score('Zephyr alone')).toBeCloseTo(0.15, 6);
  });
});

describe('the coverage penalty', () => {
  // zephyr is in cards 1 and 2, quokka in 2 and 3: both words equally rare
  const two = parseDeck(
    `## 1. Zephyr only
**Answer:** Nothing else.

## 2. Quokka then zephyr
**Answer:** Nothing else.

## 3. Third card
**Answer:** A quokka.
`,
    'coverage.md',
  ).cards;
  const hits = buildIndex(two).search('zephyr quokka');
  const score = (title: string) => hits.find((h) => h.card.title === title)!.score;

  it('a card with every query word comes first', () => {
    expect(hits[0]!.card.title).toBe('Quokka then zephyr');
    expect(score('Quokka then zephyr')).toBeCloseTo(1, 6);
  });

  it('a card with half the words scores its half times the square of its coverage (1/2 x 1/4)', () => {
    expect(score('Zephyr only') / score('Quokka then zephyr')).toBeCloseTo(1 / 8, 6);
    expect(score('Third card') / score('Quokka then zephyr')).toBeCloseTo((1.5 / 20) * (1 / 4), 6);
  });
});
