/** The prebuilt library (dist/library.json) is used only while it matches the deck files on disk. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprintDecks, prebuiltPath, readPrebuilt } from '../../src/content/builtin.js';
import type { Deck } from '../../src/content/types.js';

/** root/content/decks with the given files; returns the content dir. */
function contentDir(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'gateprep-prebuilt-'));
  const content = join(root, 'content');
  mkdirSync(join(content, 'decks'), { recursive: true });
  mkdirSync(join(root, 'dist'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(content, 'decks', name), text);
  return content;
}

const decks = [{ id: 'a', file: 'a.md', title: 'A', topic: 'A', tags: [], cards: [], errors: [] }] as Deck[];

describe('the prebuilt library', () => {
  it('lives in dist/ beside the content folder', () => {
    expect(prebuiltPath(join('/srv', 'app', 'content'))).toBe(join('/srv', 'app', 'dist', 'library.json'));
  });

  it('fingerprints the .md deck files by name and size, sorted, hidden files and other files left out', () => {
    const content = contentDir({ 'b.md': '12345', 'A.MD': '1', '.x.md': 'hidden', 'notes.txt': 'txt' });
    expect(fingerprintDecks(join(content, 'decks'))).toBe('A.MD:1|b.md:5');
  });

  it('is read when its fingerprint matches the decks', () => {
    const content = contentDir({ 'a.md': 'abc' });
    writeFileSync(prebuiltPath(content), JSON.stringify({ fingerprint: 'a.md:3', decks }));
    expect(readPrebuilt(content)).toEqual(decks);
  });

  it('is ignored when missing, stale or unreadable', () => {
    const content = contentDir({ 'a.md': 'abc' });
    expect(readPrebuilt(content)).toBeUndefined();
    writeFileSync(prebuiltPath(content), JSON.stringify({ fingerprint: 'a.md:4', decks }));
    expect(readPrebuilt(content)).toBeUndefined();
    writeFileSync(prebuiltPath(content), '{ not json');
    expect(readPrebuilt(content)).toBeUndefined();
  });
});
