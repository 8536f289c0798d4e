/** Deck folders holding things that are not deck files, and decks built to be slow. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import check from '../../src/commands/check.js';
import type { CommandContext } from '../../src/commands/types.js';
import { headingTitle, parseDeck } from '../../src/content/parse.js';

async function runCheck(paths: string[]) {
  let out = '';
  const ctx: CommandContext = { args: paths, flags: { json: false, decks: [] }, contentDir: '', homeDir: tmpdir(), out: (t) => (out += t), err: (t) => (out += t) };
  return { code: await check(ctx), out };
}

describe('files in a decks folder that are not decks', () => {
  it('a FIFO and a link to /dev/zero named *.md are skipped and reported; the real deck loads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gateprep-decks-'));
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    symlinkSync('/dev/zero', join(dir, 'zero.md'));
    writeFileSync(join(dir, 'real.md'), '## 1. A card\n\n**Answer:**\nYes.\n');
    const { code, out } = await runCheck([dir]);
    expect(code).toBe(1);
    expect(out).toBe(
      [
        `x ${join(dir, 'pipe.md')}: 0 cards, 1 error`,
        `  ${join(dir, 'pipe.md')}:1: skipped: the file is a named pipe (FIFO), not a regular file`,
        `ok ${join(dir, 'real.md')}: 1 card`,
        `x ${join(dir, 'zero.md')}: 0 cards, 1 error`,
        `  ${join(dir, 'zero.md')}:1: skipped: the file is a character device, not a regular file`,
        '3 decks, 1 card, 2 errors',
        '',
      ].join('\n'),
    );
  }, 10_000);
});

describe('card headings', () => {
  it.each([
    ['## Title', 'Title'],
    ['##   Title  ## ', 'Title'],
    ['## C#', 'C#'],
    ['## C# ##', 'C#'],
    ['## ###', ''],
    ['##Title', null],
    ['# Title', null],
  ])('%j has title %j', (line, title) => {
    expect(headingTitle(line)).toBe(title);
  });

  it('parsing time grows linearly with a heading of many # or spaces (it was quadratic: 23 s at 150,000)', () => {
    const time = (n: number, make: (n: number) => string) => {
      const text = `${make(n)}\n\n**Answer:**\nA.\n`;
      const t = performance.now();
      parseDeck(text, 'd.md');
      return performance.now() - t;
    };
    for (const make of [(n: number) => `## ${'#'.repeat(n)}`, (n: number) => `## x${' '.repeat(n)}y`, (n: number) => `## a${'# '.repeat(n)}`]) {
      time(1000, make);
      // The fastest of three runs each: a garbage collection can land in any one.
      const small = Math.max(0.5, Math.min(time(15_000, make), time(15_000, make), time(15_000, make)));
      const large = Math.min(time(150_000, make), time(150_000, make), time(150_000, make));
      // 10x the input: linear is about 10x the time, quadratic 100x.
      expect(large / small).toBeLessThan(40);
    }
  });
});

const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('gateprep check on hostile and broken decks', () => {
  it('prints no escape sequence from a deck: file name, front-matter error, an escape-only heading', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gateprep-evil-'));
    const osc52 = '\u001b]52;c;aGVsbG8=\u0007';
    writeFileSync(join(dir, `evil${osc52}.md`), `---\n${osc52}bad line\ntitle: T\n---\n\n## \u001b[2J\u009b31m\n\n**Answer:**\n\n## 2. Fine\n\n**Answer:**\nYes.\n`);
    const { code, out } = await runCheck([dir]);
    expect(code).toBe(1);
    expect(out).not.toMatch(CONTROL);
    const file = join(dir, 'evil.md'); // the OSC sequence is removed whole
    expect(out).toBe(
      [
        `x ${file}: 1 card, 4 errors`,
        `  ${file}:2: front matter: cannot read "bad line" (expected "key: value")`,
        `  ${file}:6: card "(a heading with no text)": title: the heading has no title`,
        `  ${file}:6: card "(a heading with no text)": question: the question is empty`,
        `  ${file}:8: card "(a heading with no text)": answer: missing **Answer:** (or it is empty)`,
        '1 deck, 1 card, 4 errors',
        '',
      ].join('\n'),
    );
  });

  it('lists errors in line order, says "1 card", and rejects an unterminated front-matter list', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gateprep-order-'));
    // Front-matter syntax errors were listed before the schema's errors of earlier lines.
    writeFileSync(join(dir, 'd.md'), '---\ntopic:\ntags: [a, b\n---\n\n## 1. Same\n\n**Answer:**\nA.\n\n## 2. Same\n\n**Answer:**\nB.\n\n## 3. Empty\n\n**Answer:**\n');
    const { out } = await runCheck([join(dir, 'd.md')]);
    const lines = out.split('\n').filter((l) => l.startsWith('  '));
    expect(lines.map((l) => Number(l.split(':')[1]))).toEqual([2, 2, 3, 11, 18]);
    expect(lines[2]).toBe(`  ${join(dir, 'd.md')}:3: front matter "tags": the list starts with "[" but has no closing "]" on this line`);
    expect(out.split('\n')[0]).toBe(`x ${join(dir, 'd.md')}: 1 card, 5 errors`);
    expect(out).toMatch(/\n1 deck, 1 card, 5 errors\n$/);
  });
});

describe('gateprep search on a hostile deck', () => {
  it('prints titles, topics and ids (from the file name) without escape sequences, text and JSON', async () => {
    const { default: search } = await import('../../src/commands/search.js');
    const { contentDir } = await import('../../src/paths.js');
    const dir = mkdtempSync(join(tmpdir(), 'gateprep-evil-search-'));
    writeFileSync(join(dir, 'zebra\u001b]52;c;aGk=\u0007\u009b2J.md'), '---\ntopic: Zebra\u202e topic\n---\n\n## 1. Zebrafish \u001b[31mquokka\n\n**Answer:**\nA.\n');
    for (const json of [false, true]) {
      let out = '';
      const ctx: CommandContext = { args: ['zebrafish', 'quokka'], flags: { json, decks: [dir] }, contentDir: contentDir(), homeDir: tmpdir(), out: (t) => (out += t), err: (t) => (out += t) };
      expect(await search(ctx)).toBe(0);
      expect(out).not.toMatch(CONTROL);
      if (json) expect(JSON.parse(out).results[0]).toMatchObject({ title: 'Zebrafish quokka', topic: 'Zebra topic', id: 'zebra#zebrafish-quokka' });
      else expect(out.split('\n').slice(0, 2)).toEqual([expect.stringMatching(/^\d\.\d\d {2}Zebrafish quokka$/), '      Zebra topic · zebra#zebrafish-quokka']);
    }
  });
});
