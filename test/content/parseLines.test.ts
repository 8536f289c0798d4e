/** Error lines in front matter and repeated sections: each error names the line the user must fix. */
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse.js';

const errorsOf = (text: string) => parseDeck(text, 'deck.md').errors;

describe('front-matter error lines', () => {
  it('a line that is not "key: value" is reported at its own line', () => {
    const text = '---\ntitle: T\n\ntopic: X\nthis is not yaml\n---\n## 1. Q\n**Answer:** a\n';
    expect(errorsOf(text)).toEqual([{ file: 'deck.md', line: 5, message: 'front matter: cannot read "this is not yaml" (expected "key: value")' }]);
  });

  it('a bad value and an unknown key are reported at their keys\' lines, not at the first line', () => {
    const text = '---\ntitle: T\ntopic: X\n\ntags: \n  - ok\n  - \ntitle2: y\n---\n## 1. Q\n**Answer:** a\n';
    const errors = errorsOf(text);
    expect(errors.map((e) => e.line)).toEqual([5, 8]);
    expect(errors[0]!.message).toMatch(/^front matter "tags": /); // the empty item under tags
    expect(errors[1]!.message).toMatch(/^front matter "title2": /);
  });

  it('an empty title is reported at the title line', () => {
    const text = '---\ntopic: X\ntags: [a]\ntitle: ""\n---\n## 1. Q\n**Answer:** a\n';
    expect(errorsOf(text)).toEqual([{ file: 'deck.md', line: 4, message: expect.stringMatching(/^front matter "title": /) }]);
  });

  it('front matter without its closing line is reported at line 1, and the cards still load', () => {
    const deck = parseDeck('---\ntitle: T\n## 1. Q\n**Answer:** a\n', 'deck.md');
    expect(deck.errors).toEqual([{ file: 'deck.md', line: 1, message: 'front matter starts with "---" but has no closing "---" line' }]);
  });

  it('cards after front matter keep their real line numbers', () => {
    const deck = parseDeck('---\ntitle: T\ntopic: X\n---\n\n## 1. First\n**Answer:** a\n\n## 2. Second\n**Answer:** b\n', 'deck.md');
    expect(deck.errors).toEqual([]);
    expect(deck.cards.map((c) => [c.title, c.line])).toEqual([
      ['First', 6],
      ['Second', 9],
    ]);
  });
});

describe('a section that appears twice', () => {
  it('is reported at the second marker\'s line', () => {
    const text = '---\ntitle: T\n---\n## 1. Q one\n**Answer:** a\n\n**Tags:** x\n**Answer:** again\n';
    expect(errorsOf(text)).toEqual([{ file: 'deck.md', line: 8, message: '"**Answer:**" appears twice in card "Q one"' }]);
  });
});
