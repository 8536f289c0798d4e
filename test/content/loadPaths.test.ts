/** loadDecks over paths that are missing or wrong, and combine() over decks whose card ids collide. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deckFiles, loadDecks } from '../../src/content/load.js';

const tempDir = () => mkdtempSync(join(tmpdir(), 'gateprep-load-'));

describe('loadDecks on paths it cannot open', () => {
  it('reports a missing path at line 1 as "no such file or folder", and still loads the other paths', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'ok.md'), '## 1. A card\n**Answer:** yes\n');
    const missing = join(dir, 'nope');
    const lib = loadDecks([missing, dir]);
    expect(lib.errors).toEqual([{ file: missing, line: 1, message: 'cannot open: no such file or folder' }]);
    expect(lib.cards.map((c) => c.id)).toEqual(['ok#a-card']);
    expect(lib.decks.map((d) => [d.id, d.file, d.cards.length])).toEqual([
      ['nope', missing, 0],
      ['ok', join(dir, 'ok.md'), 1],
    ]);
  });

  it('reports any other error with the system\'s message', () => {
    const dir = tempDir();
    const file = join(dir, 'deck.md');
    writeFileSync(file, '## 1. A card\n**Answer:** yes\n');
    const under = join(file, 'inside');
    expect(loadDecks([under]).errors).toEqual([{ file: under, line: 1, message: `cannot open: ENOTDIR: not a directory, stat '${under}'` }]);
  });

  it('reports a .md file it cannot read (a folder named *.md) and loads the rest', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'folder.md'));
    writeFileSync(join(dir, 'b.MD'), '## 1. B\n**Answer:** b\n');
    writeFileSync(join(dir, '.hidden.md'), '## 1. H\n**Answer:** h\n');
    writeFileSync(join(dir, 'notes.txt'), 'not a deck');
    expect(deckFiles(dir)).toEqual([join(dir, 'b.MD'), join(dir, 'folder.md')]);
    const lib = loadDecks([dir]);
    expect(lib.errors).toEqual([{ file: join(dir, 'folder.md'), line: 1, message: 'skipped: the file is a folder, not a regular file' }]);
    expect(lib.cards.map((c) => c.id)).toEqual(['b#b']);
  });
});

describe('card ids defined twice', () => {
  it('keeps the first card and reports the second at its own line, naming the first', () => {
    const one = tempDir();
    const two = tempDir();
    writeFileSync(join(one, 'caching.md'), '## 1. TTL\n**Answer:** 300 s\n\n## 2. Only here\n**Answer:** x\n');
    writeFileSync(join(two, 'caching.md'), '# Mine\n\n## 1. TTL\n**Answer:** mine\n');
    const lib = loadDecks([one, two]);
    expect(lib.cards.map((c) => [c.id, c.answer])).toEqual([
      ['caching#ttl', '300 s'],
      ['caching#only-here', 'x'],
    ]);
    const message = `card id "caching#ttl" is already used by ${join(one, 'caching.md')}:1; rename the deck file`;
    expect(lib.errors).toEqual([{ file: join(two, 'caching.md'), line: 3, message }]);
    expect(lib.decks[1]!.errors).toEqual([{ file: join(two, 'caching.md'), line: 3, message }]);
  });
});
