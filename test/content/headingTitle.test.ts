/** The `## ` heading scan: what counts as a card heading and which closing `#` run is dropped. */
import { describe, expect, it } from 'vitest';
import { headingTitle, parseDeck } from '../../src/content/parse.js';

describe('headingTitle', () => {
  it.each([
    ['## Title', 'Title'],
    ['##   Title   ', 'Title'],
    ['##\tTabbed', 'Tabbed'],
    ['## Title ##', 'Title'],
    ['## Title  ###   ', 'Title'],
    ['## Title\t#', 'Title'],
    ['## C#', 'C#'],
    ['## Title#', 'Title#'],
    ['## C# ##', 'C#'],
    ['## ###', ''],
    ['## ', ''],
    ['##    ', ''],
    ['## # Hash first', '# Hash first'],
  ])('%j has the title %j', (line, title) => {
    expect(headingTitle(line)).toBe(title);
  });

  it.each(['##Title', '# Title', '### Title', ' ## Title', 'Title ##', '##', ''])('%j is not a card heading', (line) => {
    expect(headingTitle(line)).toBeNull();
  });
});

describe('front matter the schema rejects', () => {
  it('names the unknown key at its line, and the deck falls back to its "# " title', () => {
    const deck = parseDeck('---\ntitle: From front matter\nauthor: me\n---\n# From the heading\n## 1. Q\n**Answer:** a\n', 'fm.md');
    expect(deck.errors).toEqual([{ file: 'fm.md', line: 3, message: 'front matter "author": Unrecognized key: "author"' }]);
    expect([deck.title, deck.topic, deck.cards[0]!.topic]).toEqual(['From the heading', 'From the heading', 'From the heading']);
  });

  it('falls back to the file name when there is no "# " title either', () => {
    const deck = parseDeck('---\ntopic: Caching\ncolour: red\n---\n## 1. Q\n**Answer:** a\n', 'decks/stage-cache.md');
    expect(deck.errors).toEqual([{ file: 'decks/stage-cache.md', line: 3, message: 'front matter "colour": Unrecognized key: "colour"' }]);
    expect([deck.title, deck.topic]).toEqual(['stage-cache', 'stage-cache']);
  });

  it('a valid front matter wins over the "# " title; a topic defaults to the title', () => {
    const deck = parseDeck('---\ntitle: From front matter\ntags: Alpha, beta ,,\n---\n# From the heading\n## 1. Q\n**Answer:** a\n', 'fm.md');
    expect(deck.errors).toEqual([]);
    expect([deck.title, deck.topic, deck.tags]).toEqual(['From front matter', 'From front matter', ['alpha', 'beta']]);
  });

  it('only the first "# " line before any card is the deck title', () => {
    const deck = parseDeck('# First\n# Second\n## 1. Q\n**Answer:** a\n# After a card\n', 'h.md');
    expect(deck.title).toBe('First');
    const late = parseDeck('## 1. Q\n**Answer:** a\n# After a card\n', 'h.md');
    expect(late.title).toBe('h');
  });
});
