import { describe, expect, it } from 'vitest';
import { combine } from '../../src/content/load.js';
import { parseDeck } from '../../src/content/parse.js';
import { replacements } from '../../src/content/replaces.js';

const card = (title: string, replaces?: string) => `## ${title}\n**Answer:** a\n${replaces ? `**Replaces:** ${replaces}\n` : ''}\n`;
const lib = (...decks: Array<[string, string]>) => combine(decks.map(([file, text]) => parseDeck(text, file)));

describe('cards that replace others', () => {
  it('maps each replaced id to the card that absorbed it', () => {
    const { cards, errors } = lib(['a.md', card('Merged', 'a#old-one, b#old-two') + card('Other')], ['b.md', card('Kept')]);
    expect(errors).toEqual([]);
    expect([...replacements(cards)]).toEqual([
      ['a#old-one', 'a#merged'],
      ['b#old-two', 'a#merged'],
    ]);
  });

  it('is an error, at the claiming card, when a replaced id is still a card', () => {
    const { cards, errors } = lib(['a.md', card('Merged', 'b#kept')], ['b.md', card('Kept')]);
    expect(errors).toEqual([{ file: 'a.md', line: 1, message: 'card "Merged" replaces "b#kept", which is still a card (b.md:1): remove that card or this entry' }]);
    expect(replacements(cards).size).toBe(0);
  });

  it('is an error when two cards claim the same id, and neither gets its history', () => {
    const { cards, errors } = lib(['a.md', card('One', 'z#gone') + card('Two', 'z#gone')]);
    expect(errors).toEqual([{ file: 'a.md', line: 5, message: 'card "Two" replaces "z#gone", which "One" (a.md:1) already replaces: one card keeps its history' }]);
    expect(replacements(cards).size).toBe(0);
  });

  it('is an error when a card replaces itself', () => {
    const { errors } = lib(['a.md', card('One', 'a#one')]);
    expect(errors.map((e) => e.message)).toEqual(['card "One" lists its own id in **Replaces:**']);
  });
});
