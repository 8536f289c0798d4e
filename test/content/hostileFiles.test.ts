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
