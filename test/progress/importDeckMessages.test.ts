/** What importing a deck says: an Anki export with no rows, a converted deck the checks refuse (no
 * line: the source row is not known), a deck name already taken by other cards, a file too large. */
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile, type ImportDeps } from '../../src/progress/dataIn.js';
import { openProgress } from '../../src/progress/store.js';
import { contentDir } from '../../src/paths.js';
import { freshHome } from './helpers.js';

const deps = (home: string): ImportDeps => ({ home, contentDir: contentDir(), store: () => openProgress({ home }) });

function file(home: string, name: string, text: string): string {
  const path = join(home, name);
  writeFileSync(path, text);
  return path;
}

describe('importing a deck says', () => {
  it('an Anki export with only its header has no cards: line 1, then what the converted deck lacks', () => {
    const home = freshHome();
    const f = file(home, 'empty.txt', '#separator:tab\n#html:true\n');
    expect(importFile(f, deps(home))).toEqual({
      ok: false,
      problems: [`${f}: after conversion: no cards found: each card starts with a "## " heading`, `${f}:1: no cards: expected lines of front<TAB>back`],
      summary: 'nothing was imported (2 problems).',
    });
  });

  it('a deck file of that name with other cards is left alone', () => {
    const home = freshHome();
    const f = file(home, 'mine.txt', 'What is A?\tThis.\n');
    expect(importFile(f, deps(home)).ok).toBe(true);
    writeFileSync(f, 'What is B?\tThat.\n');
    expect(importFile(f, deps(home))).toEqual({ ok: false, problems: [], summary: `${join(home, 'decks', 'mine.md')} exists with other cards: rename the file to import it as a new deck.` });
  });

  it('a file larger than 256 MB is not read', () => {
    const home = freshHome();
    const f = file(home, 'huge.txt', '');
    truncateSync(f, 256 * 1024 * 1024 + 1); // sparse: no disk space taken
    expect(importFile(f, deps(home))).toEqual({ ok: false, problems: [], summary: `cannot read ${f}: larger than 256 MB` });
  });
});
