/** Card ids, deck ids, topic lists and the broken-deck notice: the names a user sees and stores. */
import { describe, expect, it } from 'vitest';
import { brokenDecks } from '../../src/content/brokenDecks.js';
import { deckIdFromFile, slugify, stripNumbering } from '../../src/content/slug.js';
import { cardsOfTopic, topicsOf } from '../../src/content/topics.js';
import type { Deck } from '../../src/content/types.js';
import { card } from '../study/cards.js';

describe('slugs and deck ids', () => {
  it.each([
    ['12. Caching basics', 'Caching basics'],
    ['  3 ) Throttling', 'Throttling'],
    ['4.Stage variables ', 'Stage variables'],
    ['2025 plans', '2025 plans'],
  ])('stripNumbering(%j) is %j', (title, out) => {
    expect(stripNumbering(title)).toBe(out);
  });

  it.each([
    ['1. What is a Usage Plan?', 'what-is-a-usage-plan'],
    ['Café — naïve résumé', 'cafe-naive-resume'],
    ['--Edge   case--', 'edge-case'],
    ['7. ???', 'untitled'],
    [`${'a'.repeat(99)} bcd`, 'a'.repeat(99)],
    ['x'.repeat(120), 'x'.repeat(100)],
  ])('slugify(%j) is %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('a deck id is the file name without .md (any case), any folder, escape sequences removed', () => {
    expect(deckIdFromFile('decks/sub/caching.md')).toBe('caching');
    expect(deckIdFromFile('C:\\decks\\Throttle.MD')).toBe('Throttle');
    expect(deckIdFromFile('notes.md.txt')).toBe('notes.md.txt');
    expect(deckIdFromFile('bad\u001b[31mname.md')).toBe('badname');
  });
});

describe('topics', () => {
  const cards = [card('a', '1', 'Throttling'), card('a', '2', 'Caching'), card('b', '3', 'Throttling'), card('b', '4', 'Auth')];

  it('lists each topic once, alphabetically, with its card count', () => {
    expect(topicsOf(cards)).toEqual([{ topic: 'Auth', count: 1 }, { topic: 'Caching', count: 1 }, { topic: 'Throttling', count: 2 }]);
  });

  it('gives the cards of one topic in deck order', () => {
    expect(cardsOfTopic(cards, 'Throttling').map((c) => c.id)).toEqual(['a#1', 'b#3']);
    expect(cardsOfTopic(cards, 'None')).toEqual([]);
  });
});

describe('brokenDecks', () => {
  const deck = (file: string, errors: number): Deck => ({ file, errors: Array.from({ length: errors }, () => ({ file, line: 1, message: 'x' })) }) as unknown as Deck;

  it('is null when no deck has errors', () => {
    expect(brokenDecks([deck('a/x.md', 0)])).toBeNull();
    expect(brokenDecks([])).toBeNull();
  });

  it('names each broken file and one check command over their folders, quoted for a shell when needed', () => {
    expect(brokenDecks([deck('decks/a.md', 1), deck('ok/b.md', 0), deck('decks/c.md', 2), deck("my decks/it's.md", 1), deck('x\u001b[2Jy/d.md', 1)])).toEqual({
      files: ['decks/a.md', 'decks/c.md', "my decks/it's.md", 'xy/d.md'],
      command: `gateprep check decks 'my decks' xy`,
    });
    expect(brokenDecks([deck("o'k/a.md", 1)])!.command).toBe(`gateprep check 'o'\\''k'`);
    expect(brokenDecks([deck('/home/u@x/+a=b:c,d%e.f-g/a.md', 1)])!.command).toBe('gateprep check /home/u@x/+a=b:c,d%e.f-g');
  });
});
