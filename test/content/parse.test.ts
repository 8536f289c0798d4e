import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDeck } from '../../src/content/parse.js';
import { runs } from '../runs.js';

const fixture = readFileSync(new URL('../fixtures/seed-format.md', import.meta.url), 'utf8');

const full = `---
title: Throttling basics
topic: Throttling
tags: [throttling, core]
---

# Throttling basics

## 1. How big is a token bucket?

**Question:**
What decides how many requests can arrive at once?

**Answer:**
The **burst** limit is the bucket size.

**Tags:** stage:throttle, Limits
**Difficulty:** Medium
**Source:** https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html, https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html

**Choices:**
- [ ] The rate limit
- [x] The burst limit
- [ ] The quota
- [x] Nothing else
  (continued text)

**Explanation:**
The rate refills the bucket; the burst is its size.
`;

describe('parseDeck: the seed format', () => {
  it('reads every card of a deck in the seed format with no errors', () => {
    const deck = parseDeck(fixture, 'decks/seed-format.md');
    expect(deck.errors).toEqual([]);
    expect(deck.cards).toHaveLength(10);
    expect(deck.title).toBe("Fixture deck in the seed's format");
    expect(deck.cards[0]).toMatchObject({
      id: 'seed-format#what-does-api-gateway-do-for-a-backend',
      title: 'What does API Gateway do for a backend?',
      question: 'What does API Gateway do for a backend?',
      line: 3,
      choices: [],
      sources: [],
    });
    expect(deck.cards[1]!.answer).toContain('- **REST APIs:** the most features');
    expect(deck.cards[7]!.answer).toContain('```\nOPTIONS /pets');
  });

  it('keeps an id when the card is renumbered or its answer edited', () => {
    const before = parseDeck(fixture, 'seed-format.md').cards.map((c) => c.id);
    const edited = fixture.replace('## 3. Which ways', '## 7. Which ways').replace('300 seconds', 'Five minutes');
    expect(parseDeck(edited, 'seed-format.md').cards.map((c) => c.id)).toEqual(before);
  });

  it('reads CRLF line ends exactly like LF', () => {
    const crlf = parseDeck(fixture.replace(/\n/g, '\r\n'), 'seed-format.md');
    expect(crlf.errors).toEqual([]);
    expect(crlf.cards.map((c) => [c.id, c.answer])).toEqual(parseDeck(fixture, 'seed-format.md').cards.map((c) => [c.id, c.answer]));
  });
});

describe('parseDeck: the optional extensions', () => {
  it('reads front matter, tags, difficulty, sources, choices and explanation', () => {
    const deck = parseDeck(full, 'content/decks/throttle.md');
    expect(deck.errors).toEqual([]);
    expect(deck.topic).toBe('Throttling');
    const card = deck.cards[0]!;
    expect(card).toMatchObject({
      id: 'throttle#how-big-is-a-token-bucket',
      topic: 'Throttling',
      question: 'What decides how many requests can arrive at once?',
      answer: 'The **burst** limit is the bucket size.',
      tags: ['throttling', 'core', 'stage:throttle', 'limits'],
      difficulty: 'medium',
      explanation: 'The rate refills the bucket; the burst is its size.',
    });
    expect(card.sources).toHaveLength(2);
    expect(card.choices).toEqual([
      { text: 'The rate limit', correct: false },
      { text: 'The burst limit', correct: true },
      { text: 'The quota', correct: false },
      { text: 'Nothing else (continued text)', correct: true },
    ]);
  });
});

describe('parseDeck: bad input names the file and line, and good cards still load', () => {
  const errorsOf = (text: string) => parseDeck(text, 'bad.md').errors;

  it('reports a card with no answer at its heading and keeps the others', () => {
    const text = '## 1. Good\n\n**Answer:**\nyes\n\n## 2. No answer here\n\n**Question:**\nwhy?\n\n## 3. Also good\n**Answer:** fine\n';
    const deck = parseDeck(text, 'bad.md');
    expect(deck.cards.map((c) => c.title)).toEqual(['Good', 'Also good']);
    expect(deck.errors).toEqual([{ file: 'bad.md', line: 6, message: expect.stringContaining('missing **Answer:**') }]);
  });

  it('reports a duplicate title with both lines', () => {
    const deck = parseDeck('## 1. Same\n**Answer:** a\n\n## 2. Same\n**Answer:** b\n', 'bad.md');
    expect(deck.cards).toHaveLength(1);
    expect(deck.errors).toEqual([{ file: 'bad.md', line: 4, message: 'duplicate title "Same": a card with the same title is at line 1' }]);
  });

  it('reports an empty file', () => {
    expect(errorsOf('')).toEqual([{ file: 'bad.md', line: 1, message: expect.stringContaining('no cards found') }]);
  });

  it('reports binary garbage instead of reading it', () => {
    const garbage = String.fromCharCode(...Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256));
    expect(errorsOf(garbage)).toEqual([{ file: 'bad.md', line: 1, message: expect.stringContaining('binary data') }]);
  });

  it('reports a choice list with no correct answer at the Choices line', () => {
    const text = '## 1. Q\n**Answer:** a\n\n**Choices:**\n- [ ] one\n- [ ] two\n';
    expect(errorsOf(text)).toEqual([{ file: 'bad.md', line: 4, message: expect.stringContaining('no correct answer') }]);
  });

  it('reports a malformed choice on its own line', () => {
    const text = '## 1. Q\n**Answer:** a\n\n**Choices:**\n- [x] one\nnot a choice\n';
    expect(errorsOf(text)[0]).toEqual({ file: 'bad.md', line: 6, message: expect.stringContaining('a choice must look like "- [x] text"') });
  });

  it('reports bad difficulty, bad source and unknown front matter keys', () => {
    const text = '---\ntitle: T\nauthor: me\n---\n## 1. Q\n**Answer:** a\n**Difficulty:** brutal\n**Source:** docs page\n';
    const errors = errorsOf(text);
    expect(errors.map((e) => e.line)).toEqual([3, 7, 8]);
    expect(errors[0]!.message).toContain('author');
  });

  it('reads a 5 MB deck', () => {
    const card = (i: number) => `## ${i}. Card number ${i}\n\n**Question:**\nQuestion ${i}?\n\n**Answer:**\n${'Some answer text. '.repeat(20)}\n\n`;
    let text = '';
    for (let i = 1; text.length < 5 * 1024 * 1024; i++) text += card(i);
    const deck = parseDeck(text, 'big.md');
    expect(deck.errors).toEqual([]);
    expect(deck.cards.length).toBeGreaterThan(10_000);
  });

  it('rejects a deck over the size limit with a message', () => {
    expect(errorsOf('x'.repeat(21 * 1024 * 1024))[0]!.message).toContain('larger than 20 MB');
  });

  it('never throws, whatever the input', () => {
    const pieces = fc.constantFrom('## 1. T', '**Answer:**', '**Question:**', '**Choices:**', '- [x] a', '- [ ] b', '---', '```', '**Tags:** a', '**Aliases:** x, y', '**Replaces:** d#a, x', '**Difficulty:** x', '**Source:** http://a.b', '\n', '\r\n', '\u001b[31m', '\u0000');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(fc.oneof(pieces, fc.string())).map((a) => a.join('\n'))), (text) => {
        const deck = parseDeck(text, 'prop.md');
        expect(deck.cards.length + deck.errors.length).toBeGreaterThan(0);
        for (const c of deck.cards) expect(c.answer.length).toBeGreaterThan(0);
        for (const e of deck.errors) expect(e.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: runs(500) },
    );
  });
});

describe('parseDeck: untrusted text', () => {
  it('strips escape sequences and control characters from everything it returns', () => {
    const evil = '---\ntopic: \u001b]0;pwned\u0007Topic\n---\n## 1. Title \u001b[2J\u001b[H here\n**Question:**\nQ\u0007?\n**Answer:**\nred \u001b[31mtext\u001b[0m and a \u001b]8;;http://x\u001b\\link\u001b]8;;\u001b\\ \u009b31m!\n**Tags:** a\u001b[1mb\n';
    const deck = parseDeck(evil, 'evil.md');
    expect(deck.errors).toEqual([]);
    const card = deck.cards[0]!;
    const all = JSON.stringify(card) + deck.topic;
    // eslint-disable-next-line no-control-regex
    expect(all).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(card.title).toBe('Title  here');
    expect(card.answer).toBe('red text and a link !');
    expect(deck.topic).toBe('Topic');
    expect(card.tags).toContain('ab');
  });
});

describe('parseDeck: aliases and replaced cards', () => {
  const deck = (fields: string) => parseDeck(`## 1. Throttling limits\n**Answer:** Buckets refill.\n${fields}\n`, 'throttling.md');

  it('reads **Aliases:** as trimmed, lower-case, unique phrases', () => {
    const { cards, errors } = deck('**Tags:** throttling\n**Aliases:** Flood,  rate   limit, flood, too many requests');
    expect(errors).toEqual([]);
    expect(cards[0]!.aliases).toEqual(['flood', 'rate limit', 'too many requests']);
    expect(cards[0]!.tags).toEqual(['throttling']);
  });

  it('reads **Replaces:** as card ids, keeping their case, and leaves both out when absent', () => {
    const { cards, errors } = deck('**Replaces:** limits#old-throttle-card, My Deck#x-1');
    expect(errors).toEqual([]);
    expect(cards[0]!.replaces).toEqual(['limits#old-throttle-card', 'My Deck#x-1']);
    const plain = deck('**Tags:** a').cards[0]!;
    expect(plain).not.toHaveProperty('aliases');
    expect(plain).not.toHaveProperty('replaces');
  });

  it('names the line of a Replaces entry that is not a card id', () => {
    const { cards, errors } = deck('**Tags:** a\n**Replaces:** old-card-without-deck');
    expect(cards).toEqual([]);
    expect(errors).toEqual([{ file: 'throttling.md', line: 4, message: expect.stringMatching(/^card "Throttling limits": replaces: each id must look like deck#card-slug/) }]);
  });
});
